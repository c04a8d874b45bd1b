/**
 * npm registry routes: packuments (full and abbreviated), tarballs, version documents and publish.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteContext } from './context.js';
import { accepts, readBody, sendJson, send } from './http.js';
import type { NpmManifest } from './npm-content.js';
import { NpmPublishConflict } from './npm-store.js';
import { ABBREVIATED_TYPE, tarballFileName } from './packument.js';
import { maxSatisfying } from './semver.js';

/** A parsed registry path: packument, tarball, version/tag document, or a `-/` endpoint. */
type NpmPath =
  | { kind: 'packument'; name: string }
  | { kind: 'tarball'; name: string; file: string }
  | { kind: 'version'; name: string; spec: string }
  | { kind: 'special'; endpoint: string };

/** Parses the part after `/npm/`; scoped names may arrive as `@scope%2fname` or `@scope/name`. */
export function parseNpmPath(rawPath: string): NpmPath | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath.split('?')[0] ?? '').replace(/\/+$/, '');
  } catch {
    return undefined;
  }
  if (decoded.startsWith('-/')) return { kind: 'special', endpoint: decoded.slice(2) };
  const segments = decoded.split('/');
  const nameLength = segments[0]?.startsWith('@') ? 2 : 1;
  const name = segments.slice(0, nameLength).join('/');
  const rest = segments.slice(nameLength);
  if (!name || (nameLength === 2 && segments.length < 2)) return undefined;
  if (rest.length === 0) return { kind: 'packument', name };
  if (rest.length === 2 && rest[0] === '-' && rest[1]) return { kind: 'tarball', name, file: rest[1] };
  if (rest.length === 1 && rest[0]) return { kind: 'version', name, spec: rest[0] };
  return undefined;
}

const notFound = (req: IncomingMessage, res: ServerResponse, ctx: RouteContext): void => {
  ctx.stats.notFound++;
  sendJson(req, res, 404, { error: 'Not found' });
};

/** Handles one request under `/npm/`. */
export async function handleNpm(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  ctx: RouteContext,
): Promise<void> {
  const path = parseNpmPath(rawPath);
  const method = req.method ?? 'GET';
  if (path?.kind === 'packument' && method === 'PUT') return publish(req, res, path.name, ctx);
  if (method !== 'GET' && method !== 'HEAD') return sendJson(req, res, 405, { error: 'Method not allowed' });
  switch (path?.kind) {
    case 'packument': {
      const abbreviated = accepts(req, ABBREVIATED_TYPE);
      const doc = abbreviated
        ? ctx.npm.abbreviated(path.name, ctx.npmUrl)
        : ctx.npm.packument(path.name, ctx.npmUrl);
      if (!doc) return notFound(req, res, ctx);
      ctx.stats.packument++;
      return sendJson(req, res, 200, doc, abbreviated ? ABBREVIATED_TYPE : 'application/json');
    }
    case 'tarball': {
      const tarball = ctx.npm.tarball(path.name, path.file);
      if (!tarball) return notFound(req, res, ctx);
      ctx.stats.tarball++;
      return send(req, res, 200, tarball, 'application/octet-stream');
    }
    case 'version': {
      const doc = ctx.npm.packument(path.name, ctx.npmUrl);
      const version =
        doc && (doc['dist-tags'][path.spec] ?? maxSatisfying(Object.keys(doc.versions), path.spec));
      const manifest = version === undefined ? undefined : doc?.versions[version];
      return manifest ? sendJson(req, res, 200, manifest) : notFound(req, res, ctx);
    }
    case 'special':
      if (path.endpoint === 'ping') return sendJson(req, res, 200, {});
      if (path.endpoint === 'whoami') return sendJson(req, res, 200, { username: 'anonymous' });
      return notFound(req, res, ctx);
    default:
      return notFound(req, res, ctx);
  }
}

/** The body `npm publish` sends: manifests by version, dist-tags and base64 tarballs. */
interface PublishBody {
  name?: string;
  versions?: Record<string, NpmManifest>;
  'dist-tags'?: Record<string, string>;
  _attachments?: Record<string, { data?: string }>;
}

async function publish(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  ctx: RouteContext,
): Promise<void> {
  let body: PublishBody;
  try {
    body = JSON.parse((await readBody(req)).toString('utf8')) as PublishBody;
  } catch (error) {
    return sendJson(req, res, 400, { error: `Invalid publish body: ${(error as Error).message}` });
  }
  const versions = Object.entries(body.versions ?? {});
  if (body.name !== name || versions.length === 0) {
    return sendJson(req, res, 400, {
      error: `Publish body must name ${name} and carry at least one version`,
    });
  }
  try {
    for (const [version, manifest] of versions) {
      const attachments = body._attachments ?? {};
      const data = attachments[tarballFileName(name, version)]?.data ?? Object.values(attachments)[0]?.data;
      if (!data) return sendJson(req, res, 400, { error: `No tarball attached for ${name}@${version}` });
      // The registry computes its own dist and _id; whatever the client sent is dropped.
      const rest: Record<string, unknown> = { ...manifest };
      delete rest.dist;
      delete rest._id;
      const distTags = Object.fromEntries(
        Object.entries(body['dist-tags'] ?? {}).filter(([, v]) => v === version),
      );
      ctx.npm.publish({
        manifest: { ...rest, name, version },
        tarball: Buffer.from(data, 'base64'),
        distTags,
      });
    }
  } catch (error) {
    const status = error instanceof NpmPublishConflict ? 403 : 400;
    return sendJson(req, res, status, { error: (error as Error).message });
  }
  ctx.stats.publish++;
  sendJson(req, res, 201, { ok: 'created new package', success: true });
}
