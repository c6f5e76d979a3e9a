import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import type { Manifest } from '../runtime/manifest/manifest';
import type { SiteIdentity } from '../runtime/site-identity';
import type { Bundler } from './bundler';
import type { FrameConfig } from './frame/frame-config';
import { contentTypeOf, HttpError, sendText } from './http-utils';
import { findUiModule, resourcePath } from './module-catalog';

export interface FrameContext {
  manifest: Manifest;
  site: SiteIdentity;
  bundler: Bundler;
}

const HERE = __dirname;
const inlineJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** `ctx` query parameter: base64url JSON `{ accountId, extension, frameId }` chosen by the host page. */
function frameConfig(ctx: FrameContext, moduleKey: string, query: URLSearchParams): FrameConfig {
  const module = findUiModule(ctx.manifest, moduleKey);
  if (!module) throw new HttpError(404, `No UI module '${moduleKey}' in manifest.yml`);
  let given: { accountId?: string; extension?: Record<string, unknown>; frameId?: string } = {};
  try {
    given = JSON.parse(Buffer.from(query.get('ctx') ?? 'e30', 'base64url').toString('utf8')) as typeof given;
  } catch {
    throw new HttpError(400, 'ctx must be base64url JSON');
  }
  return {
    frameId: given.frameId ?? moduleKey,
    moduleKey,
    resourceKey: module.resourceKey,
    ...(given.accountId ? { accountId: given.accountId } : {}),
    extension: { type: module.type, ...given.extension },
    cloudId: ctx.site.cloudId,
    siteUrl: ctx.site.siteUrl,
    apiBase: '',
  };
}

// A resource that does not build shows its errors in the panel instead of an empty frame.
async function bundleOrReport(bundler: Bundler, source: string): Promise<string> {
  try {
    return await bundler.bundle(source);
  } catch (error) {
    const message = `UI Kit resource ${source} failed to build:\n${error instanceof Error ? error.message : String(error)}`;
    return `console.error(${JSON.stringify(message)});document.getElementById('uikit-root').innerHTML='<pre class="uik-unknown"></pre>';document.querySelector('#uikit-root pre').textContent=${JSON.stringify(message)};`;
  }
}

function bridgeScripts(config: FrameConfig): string {
  return `<script>window.__LOCAL_FORGE_FRAME__ = ${inlineJson(config)};</script><script src="/frames/runtime.js"></script>`;
}

function uiKitPage(config: FrameConfig): string {
  return (
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/frames/uikit.css">${bridgeScripts(config)}</head>` +
    `<body><div id="uikit-root"></div><script src="/frames/uikit/${encodeURIComponent(config.moduleKey)}/app.js"></script></body></html>`
  );
}

// The bridge must exist before the app's first script runs, so it goes right after <head>.
function customUiPage(html: string, config: FrameConfig): string {
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${bridgeScripts(config)}`) : `${bridgeScripts(config)}${html}`;
}

function placeholder(title: string, message: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/frames/uikit.css"></head><body><section class="uik-section-message uik-section-message--warning"><h4>${title}</h4><p>${message}</p></section></body></html>`;
}

async function serveCustomUi(ctx: FrameContext, res: ServerResponse, moduleKey: string, rest: string, query: URLSearchParams): Promise<void> {
  const config = frameConfig(ctx, moduleKey, query);
  const folder = resourcePath(ctx.manifest, config.resourceKey);
  if (!folder || !existsSync(join(folder, 'index.html'))) {
    sendText(
      res,
      200,
      'text/html; charset=utf-8',
      placeholder('Custom UI not built', `No index.html in ${folder ?? config.resourceKey}. Run <code>npm run build</code> and reload.`),
    );
    return;
  }
  const file = normalize(join(folder, rest === '' ? 'index.html' : rest));
  if (!file.startsWith(resolve(folder)) || !existsSync(file) || statSync(file).isDirectory()) throw new HttpError(404, `No file ${rest}`);
  if (file.endsWith('index.html')) sendText(res, 200, 'text/html; charset=utf-8', customUiPage(readFileSync(file, 'utf8'), config));
  else sendText(res, 200, contentTypeOf(file), readFileSync(file));
}

/** App iframes: `/frames/uikit/<moduleKey>` (UI Kit) and `/frames/custom/<moduleKey>/...` (Custom UI). */
export async function handleFrames(ctx: FrameContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const path = url.pathname;
  if (!path.startsWith('/frames/')) return false;
  if (path === '/frames/runtime.js') {
    sendText(res, 200, 'text/javascript; charset=utf-8', await ctx.bundler.bundle(join(HERE, 'frame', 'frame-runtime.ts')));
    return true;
  }
  if (path === '/frames/uikit.css') {
    sendText(res, 200, 'text/css; charset=utf-8', readFileSync(join(HERE, 'assets', 'uikit.css')));
    return true;
  }
  const uiKit = /^\/frames\/uikit\/([^/]+)(\/app\.js)?$/.exec(path);
  if (uiKit?.[1]) {
    const moduleKey = decodeURIComponent(uiKit[1]);
    if (!uiKit[2]) {
      sendText(res, 200, 'text/html; charset=utf-8', uiKitPage(frameConfig(ctx, moduleKey, url.searchParams)));
      return true;
    }
    const module = findUiModule(ctx.manifest, moduleKey);
    const source = module && resourcePath(ctx.manifest, module.resourceKey);
    if (!source) throw new HttpError(404, `No UI Kit resource for '${moduleKey}'`);
    sendText(res, 200, 'text/javascript; charset=utf-8', await bundleOrReport(ctx.bundler, source));
    return true;
  }
  const custom = /^\/frames\/custom\/([^/]+)\/?(.*)$/.exec(path);
  if (custom?.[1]) {
    await serveCustomUi(ctx, res, decodeURIComponent(custom[1]), decodeURIComponent(custom[2] ?? ''), url.searchParams);
    return true;
  }
  throw new HttpError(404, `No frame route ${path}`);
}
