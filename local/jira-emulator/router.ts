import { JiraHttpError } from './http-types';
import type { Route } from './route-types';

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** Matches a concrete path against path templates; literal segments beat parameters ('/issue/properties/multi'). */
export class Router {
  constructor(private readonly routes: Route[]) {}

  match(method: string, pathname: string): RouteMatch {
    const segments = splitPath(pathname);
    const candidates = this.routes
      .map((route) => ({ route, params: matchTemplate(route.pattern, segments) }))
      .filter((candidate): candidate is RouteMatch => candidate.params !== undefined)
      .sort((a, b) => literalCount(b.route.pattern) - literalCount(a.route.pattern));
    const matching = candidates.find((candidate) => candidate.route.method === method.toUpperCase());
    if (matching) return matching;
    if (candidates.length > 0) throw new JiraHttpError(405, [`Method ${method.toUpperCase()} is not allowed on ${pathname}.`]);
    throw new JiraHttpError(404, [`The Jira emulator has no endpoint ${method.toUpperCase()} ${pathname}.`]);
  }
}

export function splitPath(pathname: string): string[] {
  return pathname.split('/').filter((segment) => segment !== '');
}

/** Params of a template match (decoded), or undefined when the path does not fit the template. */
export function matchTemplate(pattern: string, segments: string[]): Record<string, string> | undefined {
  const templateSegments = splitPath(pattern);
  if (templateSegments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, template] of templateSegments.entries()) {
    const actual = segments[index] ?? '';
    const param = /^\{(.+)\}$/.exec(template)?.[1];
    if (param) params[param] = safeDecode(actual);
    else if (template !== actual) return undefined;
  }
  return params;
}

export function literalCount(pattern: string): number {
  return splitPath(pattern).filter((segment) => !segment.startsWith('{')).length;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
