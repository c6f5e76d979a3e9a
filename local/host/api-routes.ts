import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LocalForge } from '../runtime/local-forge';
import type { HostJira } from './host-jira';
import { HttpError, readJson, sendJson } from './http-utils';
import { loadIssueDetail } from './issue-detail';
import { loadSiteSummary, type SiteBasics } from './site-summary';

export interface ApiContext {
  forge: LocalForge;
  jira: HostJira | undefined;
  basics: () => SiteBasics;
}

type Handler = (ctx: ApiContext, req: IncomingMessage, params: string[], query: URLSearchParams) => Promise<unknown>;

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function requireJira(ctx: ApiContext): HostJira {
  if (!ctx.jira) throw new HttpError(503, 'No Jira is configured for this host');
  return ctx.jira;
}

/** Actions the page takes in Jira run as a signed-in user; without one they would run as the app. */
function requiredAccountId(body: Record<string, unknown>): string {
  const accountId = optionalString(body['accountId']);
  if (!accountId) throw new HttpError(400, 'accountId is required: this action runs in Jira as that user');
  return accountId;
}

const invoke: Handler = async (ctx, req) => {
  const body = await readJson(req);
  const moduleKey = optionalString(body['moduleKey']);
  const functionKey = optionalString(body['functionKey']);
  if (!moduleKey || !functionKey) throw new HttpError(400, 'moduleKey and functionKey are required');
  const accountId = optionalString(body['accountId']);
  const context = body['context'] as { type: string } | undefined;
  const result = await ctx.forge.appHost.invokeResolver({
    moduleKey,
    functionKey,
    payload: body['payload'],
    ...(accountId ? { accountId } : {}),
    ...(context ? { extensionContext: context } : {}),
  });
  if (!result.ok) throw new HttpError(500, result.error.message);
  return result.value;
};

const deliverEvent: Handler = async (ctx, req) => {
  const event = (await readJson(req))['event'] as Record<string, unknown> | undefined;
  if (!event || typeof event['eventType'] !== 'string') throw new HttpError(400, 'event.eventType is required');
  const outcomes = await ctx.forge.appHost.deliverProductEvent(event);
  await ctx.forge.drainQueues();
  return { triggers: outcomes.map((o) => ({ triggerKey: o.triggerKey, ok: o.result.ok, ...(o.result.ok ? {} : { error: o.result.error.message }) })) };
};

// Closing goes through Jira's REST API as the user, so Jira (the emulator) raises the sprint event.
const completeSprint: Handler = async (ctx, req, [sprintId]) => {
  const accountId = requiredAccountId(await readJson(req));
  const sprint = await requireJira(ctx).call('POST', `/rest/agile/1.0/sprint/${sprintId ?? ''}`, accountId, { state: 'closed' });
  await ctx.forge.drainQueues();
  return { sprint };
};

// Like Jira's "Start sprint" dialog: two weeks from now.
const startSprint: Handler = async (ctx, req, [sprintId]) => {
  const accountId = requiredAccountId(await readJson(req));
  const startDate = new Date();
  const endDate = new Date(startDate.getTime() + 14 * 24 * 60 * 60 * 1000);
  const body = { state: 'active', startDate: startDate.toISOString(), endDate: endDate.toISOString() };
  const sprint = await requireJira(ctx).call('POST', `/rest/agile/1.0/sprint/${sprintId ?? ''}`, accountId, body);
  await ctx.forge.drainQueues();
  return { sprint };
};

const transition: Handler = async (ctx, req, [key]) => {
  const body = await readJson(req);
  const accountId = requiredAccountId(body);
  const transitionId = typeof body['transitionId'] === 'number' ? String(body['transitionId']) : optionalString(body['transitionId']);
  if (!transitionId) throw new HttpError(400, 'transitionId is required');
  const jira = requireJira(ctx);
  await jira.call('POST', `/rest/api/3/issue/${encodeURIComponent(key ?? '')}/transitions`, accountId, { transition: { id: transitionId } });
  await ctx.forge.drainQueues();
  return loadIssueDetail(jira, accountId, key ?? '');
};

const ROUTES: Array<{ method: string; pattern: RegExp; handle: Handler }> = [
  { method: 'POST', pattern: /^\/api\/invoke$/, handle: invoke },
  { method: 'POST', pattern: /^\/api\/events$/, handle: deliverEvent },
  { method: 'POST', pattern: /^\/api\/sprints\/(\d+)\/complete$/, handle: completeSprint },
  { method: 'POST', pattern: /^\/api\/sprints\/(\d+)\/start$/, handle: startSprint },
  {
    method: 'GET',
    pattern: /^\/api\/site$/,
    handle: (ctx, _req, _p, q) => loadSiteSummary(requireJira(ctx), optionalString(q.get('accountId')), ctx.basics(), optionalString(q.get('project'))),
  },
  {
    method: 'GET',
    pattern: /^\/api\/issues\/([^/]+)$/,
    handle: (ctx, _req, [key], q) => loadIssueDetail(requireJira(ctx), optionalString(q.get('accountId')), key ?? ''),
  },
  { method: 'POST', pattern: /^\/api\/issues\/([^/]+)\/transition$/, handle: transition },
  { method: 'GET', pattern: /^\/api\/stats$/, handle: (ctx) => Promise.resolve({ kvs: ctx.forge.kvsStats.snapshot(), jira: ctx.forge.jiraStats.snapshot() }) },
];

/** The JSON API of the host page and of scripts; resolves false when `pathname` is not an API route. */
export async function handleApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  if (!url.pathname.startsWith('/api/')) return false;
  const route = ROUTES.find((r) => r.method === req.method && r.pattern.test(url.pathname));
  if (!route) throw new HttpError(404, `No API route ${req.method ?? ''} ${url.pathname}`);
  const params = (route.pattern.exec(url.pathname) ?? []).slice(1).map((p) => decodeURIComponent(p));
  sendJson(res, 200, await route.handle(ctx, req, params, url.searchParams));
  return true;
}
