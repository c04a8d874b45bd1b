import { acquireAsset } from '../acquire.js';
import { resolvePackage, sourceOfFile, viewServedBy, type Candidate, type PackageView } from '../chain.js';
import { DataPlaneError, readBody, send, sendError, sendJson, sendMiss, type Exchange } from '../exchange.js';
import { UpstreamUnavailable } from '../external/http.js';
import { findPackage, npmCoords } from '../packages.js';
import { ABBREVIATED_TYPE, buildPackument } from './packument.js';
import { handleNpmPut } from './publish.js';

const NAME = String.raw`@[^/]+/[^/]+|[^@/-][^/]*`;
const TARBALL = new RegExp(`^(${NAME})/-/([^/]+\\.tgz)$`);
const PACKAGE = new RegExp(`^(${NAME})$`);
const DIST_TAGS = new RegExp(`^-/package/(${NAME})/dist-tags(?:/([^/]+))?$`);

/** The npm registry API of one repository (paths after `<repo>/`, scoped names as `@s/n` or `@s%2fn`). */
export async function handleNpm(x: Exchange): Promise<void> {
  const method = x.req.method ?? 'GET';
  const path = decodeURIComponent(x.target.rest);
  const read = method === 'GET' || method === 'HEAD';
  if (path === '-/ping' && read) return sendJson(x, 200, {});
  if (path === '-/whoami' && read) return sendJson(x, 200, { username: 'aws' });
  let m = DIST_TAGS.exec(path);
  if (m) return handleDistTags(x, method, m[1] as string, m[2]);
  m = TARBALL.exec(path);
  if (m && read) return serveTarball(x, m[1] as string, m[2] as string);
  m = PACKAGE.exec(path);
  if (m && read) return servePackument(x, m[1] as string);
  if (m && method === 'PUT') return handleNpmPut(x, m[1] as string);
  sendError(x, m ? 405 : 404, m ? `${method} is not supported here` : `No npm route for /${path}`);
}

async function servePackument(x: Exchange, name: string): Promise<void> {
  x.note.kind = 'metadata';
  x.note.package = name;
  const view = await resolvePackage(x.ctx, x.domain, x.repo, npmCoords(name));
  if (view.versions.size === 0) return sendMiss(x, view, `${name} is not in repository ${x.repo.name}`);
  Object.assign(x.note, viewServedBy(view, x.repo));
  const abbreviated = String(x.req.headers.accept ?? '').includes(ABBREVIATED_TYPE);
  const body = buildPackument(view, x.endpoint, abbreviated);
  const type = abbreviated ? ABBREVIATED_TYPE : 'application/json';
  send(x, 200, JSON.stringify(body), { 'content-type': type, vary: 'accept' });
}

async function serveTarball(x: Exchange, name: string, file: string): Promise<void> {
  Object.assign(x.note, { kind: 'asset', package: name, asset: file });
  const coords = npmCoords(name);
  // A version the repository holds needs no walk: it keeps resolving when upstreams are gone.
  const held = Object.values(findPackage(x.repo, coords)?.versions ?? {}).find((v) =>
    v.assets.some((a) => a.name === file),
  );
  let candidate: Candidate | undefined = held && {
    version: held.version,
    kind: 'held',
    repo: x.repo,
    record: held,
  };
  let view: PackageView | undefined;
  if (!candidate) {
    view = await resolvePackage(x.ctx, x.domain, x.repo, coords);
    candidate = sourceOfFile(view, undefined, file);
  }
  if (!candidate) return sendMiss(x, view, `${name}/-/${file} is not in repository ${x.repo.name}`);
  x.note.version = candidate.version;
  try {
    const served = await acquireAsset(x.ctx, x.domain, x.repo, coords, candidate, file);
    if (!served) return sendMiss(x, view, `${name}/-/${file} is not in repository ${x.repo.name}`);
    Object.assign(x.note, { servedBy: served.servedBy, servedFrom: served.servedFrom });
    send(x, 200, served.bytes, { 'content-type': 'application/octet-stream' });
  } catch (err) {
    if (!(err instanceof UpstreamUnavailable)) throw err;
    sendError(x, 502, `Could not fetch ${name}/-/${file} through the external connection: ${err.message}`);
  }
}

async function handleDistTags(
  x: Exchange,
  method: string,
  name: string,
  tag: string | undefined,
): Promise<void> {
  x.note.package = name;
  const coords = npmCoords(name);
  if (method === 'GET' && !tag) {
    const view = await resolvePackage(x.ctx, x.domain, x.repo, coords);
    if (view.versions.size === 0) return sendMiss(x, view, `${name} is not in repository ${x.repo.name}`);
    return sendJson(x, 200, view.distTags);
  }
  const pkg = findPackage(x.repo, coords);
  if (!tag || !pkg) throw new DataPlaneError(404, `${name} is not in repository ${x.repo.name}`);
  if (method === 'PUT') {
    const version = JSON.parse((await readBody(x.req, 4096)).toString('utf8')) as unknown;
    if (typeof version !== 'string' || !pkg.versions[version]) {
      throw new DataPlaneError(404, `${name}@${String(version)} is not in repository ${x.repo.name}`);
    }
    pkg.distTags[tag] = version;
  } else if (method === 'DELETE') {
    if (tag === 'latest') throw new DataPlaneError(400, 'The latest tag cannot be removed');
    delete pkg.distTags[tag];
  } else {
    throw new DataPlaneError(405, `${method} is not supported on dist-tags`);
  }
  x.ctx.store.changed();
  sendJson(x, 200, pkg.distTags);
}
