/**
 * PyPI routes: the PEP 503 simple index (HTML), its PEP 691 JSON form, and file downloads.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteContext } from './context.js';
import { accepts, escapeHtml, redirect, send, sendJson } from './http.js';
import type { PypiFile } from './pypi-catalog.js';
import { normalizePypiName } from './wheel.js';

/** PEP 691's JSON media type for the simple API. */
export const SIMPLE_JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
const SIMPLE_HTML_TYPE = 'application/vnd.pypi.simple.v1+html';

function fileUrl(ctx: RouteContext, file: PypiFile): string {
  return `${ctx.pypiUrl}files/${file.project}/${encodeURIComponent(file.filename)}`;
}

function html(title: string, body: string[]): string {
  const head = `<!DOCTYPE html>\n<html>\n  <head>\n    <meta name="pypi:repository-version" content="1.0">\n    <title>${escapeHtml(title)}</title>\n  </head>\n  <body>\n`;
  return `${head}${body.map((line) => `    ${line}<br>\n`).join('')}  </body>\n</html>\n`;
}

function projectList(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): void {
  const names = ctx.pypi.projects();
  if (accepts(req, SIMPLE_JSON_TYPE)) {
    return sendJson(
      req,
      res,
      200,
      { meta: { 'api-version': '1.1' }, projects: names.map((name) => ({ name })) },
      SIMPLE_JSON_TYPE,
    );
  }
  const links = names.map((n) => `<a href="${escapeHtml(normalizePypiName(n))}/">${escapeHtml(n)}</a>`);
  send(
    req,
    res,
    200,
    html('Simple index', links),
    accepts(req, SIMPLE_HTML_TYPE) ? SIMPLE_HTML_TYPE : 'text/html; charset=utf-8',
  );
}

function projectPage(
  req: IncomingMessage,
  res: ServerResponse,
  project: string,
  files: readonly PypiFile[],
  ctx: RouteContext,
): void {
  if (accepts(req, SIMPLE_JSON_TYPE)) {
    const body = {
      // PEP 700 (api-version 1.1), as the public index serves it: versions, and each file's size.
      meta: { 'api-version': '1.1' },
      name: project,
      versions: [...new Set(files.map((f) => versionOfFile(f.filename)))],
      files: files.map((f) => ({
        filename: f.filename,
        url: fileUrl(ctx, f),
        hashes: { sha256: f.sha256 },
        'requires-python': f.requiresPython,
        size: f.content.length,
      })),
    };
    return sendJson(req, res, 200, body, SIMPLE_JSON_TYPE);
  }
  const links = files.map(
    (f) =>
      `<a href="${escapeHtml(fileUrl(ctx, f))}#sha256=${f.sha256}" data-requires-python="${escapeHtml(f.requiresPython)}">${escapeHtml(f.filename)}</a>`,
  );
  send(
    req,
    res,
    200,
    html(`Links for ${project}`, links),
    accepts(req, SIMPLE_HTML_TYPE) ? SIMPLE_HTML_TYPE : 'text/html; charset=utf-8',
  );
}

/** Handles one request under `/pypi/` (path relative to it, without the query). */
export function handlePypi(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  ctx: RouteContext,
): void {
  const path = rawPath.split('?')[0] ?? '';
  const missing = (): void => {
    ctx.stats.notFound++;
    send(req, res, 404, 'Not Found\n', 'text/plain; charset=utf-8', { 'cache-control': 'no-store' });
  };
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendJson(req, res, 405, { error: 'Method not allowed' });
  if (path === 'simple' || path === 'simple/') {
    ctx.stats.simple++;
    return projectList(req, res, ctx);
  }
  const page = /^simple\/([^/]+)(\/?)$/.exec(path);
  if (page) {
    const name = decodeURIComponent(page[1] ?? '');
    const project = normalizePypiName(name);
    // Like PyPI: non-normalized names and a missing slash redirect to the canonical URL.
    if (name !== project || page[2] !== '/') return redirect(res, `${ctx.pypiUrl}simple/${project}/`);
    const files = ctx.pypi.projectFiles(project);
    if (!files) return missing();
    ctx.stats.simple++;
    return projectPage(req, res, project, files, ctx);
  }
  const download = /^files\/([^/]+)\/([^/]+)$/.exec(path);
  const file = download && ctx.pypi.file(download[1] ?? '', decodeURIComponent(download[2] ?? ''));
  if (!file) return missing();
  ctx.stats.file++;
  send(req, res, 200, file.content, file.filename.endsWith('.whl') ? 'application/zip' : 'application/gzip');
}

/** `name-1.2.3-py3-none-any.whl` / `name-1.2.3.tar.gz` → `1.2.3` (the catalog's own file names). */
function versionOfFile(filename: string): string {
  return filename.replace(/\.tar\.gz$|\.whl$/, '').split('-')[1] ?? '';
}
