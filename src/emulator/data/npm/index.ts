import { acquireAsset } from '../acquire.js';
import { primary, resolvePackage, viewServedBy, type Candidate, type PackageView } from '../chain.js';
import { listedVersions } from '../listing.js';
import { DataPlaneError, readBody, send, sendError, sendJson, sendMiss, type Exchange } from '../exchange.js';
import { UpstreamUnavailable } from '../external/http.js';
import { findPackage, npmCoords, type Coords } from '../packages.js';
import { ABBREVIATED_TYPE, buildPackument, NPM_ASSET, tarballFile } from './packument.js';
import { handleNpmPut } from './publish.js';

const NAME = String.raw`@[^/]+/[^/]+|[^@/-][^/]*`;
const TARBALL = new RegExp(`^(${NAME})/-/([^/]+\\.tgz)$`);
const PACKAGE = new RegExp(`^(${NAME})$`);
const DIST_TAGS = new RegExp(`^-/package/(${NAME})/dist-tags(?:/([^/]+))?$`);
// What `npm unpublish` sends: the packument or a tarball back with `/-rev/<rev>` (PUT or DELETE).
const REVISION = new RegExp(`^(${NAME})(?:/-/[^/]+)?/-rev/[^/]*$`);

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
  m = REVISION.exec(path);
  if (m && (method === 'PUT' || method === 'DELETE')) return refuseUnpublish(x, m[1] as string);
  m = PACKAGE.exec(path);
  if (m && read) return servePackument(x, m[1] as string);
  if (m && method === 'DELETE') return refuseUnpublish(x, m[1] as string);
  if (m && method === 'PUT') return handleNpmPut(x, m[1] as string);
  sendError(x, m ? 405 : 404, m ? `${method} is not supported here` : `No npm route for /${path}`);
}

async function servePackument(x: Exchange, name: string): Promise<void> {
  x.note.kind = 'metadata';
  x.note.package = name;
  const view = await resolvePackage(x.ctx, x.domain, x.repo, npmCoords(name));
  if (listedVersions(view).length === 0) {
    return sendMiss(x, view, `${name} is not in repository ${x.repo.name}`);
  }
  Object.assign(x.note, viewServedBy(view, x.repo));
  const abbreviated = String(x.req.headers.accept ?? '').includes(ABBREVIATED_TYPE);
  const body = buildPackument(view, x.endpoint, abbreviated);
  const type = abbreviated ? ABBREVIATED_TYPE : 'application/json';
  send(x, 200, JSON.stringify(body), { 'content-type': type, vary: 'accept' });
}

/**
 * `npm unpublish` is not supported by the service (User Guide, "npm command support"): the version must be
 * removed with DeletePackageVersions. npm treats a 404 on these requests as "already gone" and reports
 * success, so the refusal is a 405 that npm shows and fails on.
 */
function refuseUnpublish(x: Exchange, name: string): void {
  x.note.package = name;
  sendError(
    x,
    405,
    `CodeArtifact does not support npm unpublish: remove versions of ${name} with aws codeartifact delete-package-versions`,
  );
}

async function serveTarball(x: Exchange, name: string, file: string): Promise<void> {
  Object.assign(x.note, { kind: 'asset', package: name, asset: file });
  const coords = npmCoords(name);
  const version = versionOfTarball(coords, file);
  const missing = `${name}/-/${file} is not in repository ${x.repo.name}`;
  if (version === undefined) return sendError(x, 404, missing);
  // A version the repository holds needs no walk: it keeps resolving when upstreams are gone, and one held
  // in a status that forbids downloads is not fetched from upstream instead.
  const held = findPackage(x.repo, coords)?.versions[version];
  let candidate: Candidate | undefined = held && { version, kind: 'held', repo: x.repo, record: held };
  let view: PackageView | undefined;
  if (!candidate) {
    view = await resolvePackage(x.ctx, x.domain, x.repo, coords, { version, filename: file });
    candidate = primary(view, version);
  }
  if (!candidate) return sendMiss(x, view, missing);
  x.note.version = version;
  const asset = candidate.kind === 'held' ? NPM_ASSET : candidate.external.files[0]?.filename;
  try {
    const served = asset && (await acquireAsset(x.ctx, x.domain, x.repo, coords, candidate, asset));
    if (!served) return sendMiss(x, view, missing);
    Object.assign(x.note, { servedBy: served.servedBy, servedFrom: served.servedFrom });
    send(x, 200, served.bytes, { 'content-type': 'application/octet-stream' });
  } catch (err) {
    if (!(err instanceof UpstreamUnavailable)) throw err;
    sendError(x, 502, `Could not fetch ${name}/-/${file} through the external connection: ${err.message}`);
  }
}

/** `<name>-<version>.tgz` (the file name in every tarball URL this registry hands out) → the version. */
function versionOfTarball(c: Coords, file: string): string | undefined {
  const version = file.slice(c.name.length + 1, -'.tgz'.length);
  return file === tarballFile(c, version) && version !== '' ? version : undefined;
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
    if (listedVersions(view).length === 0) {
      return sendMiss(x, view, `${name} is not in repository ${x.repo.name}`);
    }
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
