import { acquireAsset } from '../acquire.js';
import { resolvePackage, sourceOfFile, viewServedBy, type Candidate, type PackageView } from '../chain.js';
import { listedVersions } from '../listing.js';
import { send, sendError, sendJson, sendMiss, type Exchange } from '../exchange.js';
import { UpstreamUnavailable } from '../external/http.js';
import { findPackage, normalizePypiName, type Coords } from '../packages.js';
import { handlePypiUpload } from './publish.js';
import { compareVersions } from '../../public/semver.js';
import { fileLinks, JSON_TYPE, negotiate, projectHtml, projectJson } from './simple.js';

const PROJECT = /^simple\/([^/]+)(\/?)$/;
const FILE = /^simple\/([^/]+)\/([^/]+)\/([^/]+)$/;

/** The PyPI side of one repository: the simple index (PEP 503 / 691), file downloads, twine uploads. */
export async function handlePypi(x: Exchange): Promise<void> {
  const method = x.req.method ?? 'GET';
  const path = decodeURIComponent(x.target.rest);
  if (method === 'POST' && (path === '' || path === 'legacy/')) return handlePypiUpload(x);
  if (method !== 'GET' && method !== 'HEAD') return sendError(x, 405, `${method} is not supported here`);
  if (path === 'simple/' || path === 'simple') return refuseRoot(x);
  let m = PROJECT.exec(path);
  if (m) return serveProject(x, m[1] as string, m[2] === '/');
  m = FILE.exec(path);
  if (m) return serveFile(x, m[1] as string, m[2] as string, m[3] as string);
  sendError(x, 404, `No PyPI route for /${path}`);
}

/** "CodeArtifact does not support the /simple/ API endpoint" (User Guide, "Python compatibility"). */
function refuseRoot(x: Exchange): void {
  sendError(x, 404, 'CodeArtifact does not support the /simple/ endpoint; ask for /simple/<project>/');
}

async function serveProject(x: Exchange, name: string, slash: boolean): Promise<void> {
  const normalized = normalizePypiName(name);
  Object.assign(x.note, { kind: 'metadata', package: normalized });
  // PEP 503: the canonical URL is the normalized name with a trailing slash; send clients there.
  if (!slash || normalized !== name) {
    x.res.writeHead(301, { location: `${x.endpoint}simple/${normalized}/`, 'content-length': 0 });
    x.res.end();
    return;
  }
  const type = negotiate(x.req.headers.accept);
  if (!type) return sendError(x, 406, `Not Acceptable: ${String(x.req.headers.accept)}`);
  const view = await resolvePackage(x.ctx, x.domain, x.repo, { format: 'pypi', name: normalized });
  if (listedVersions(view).length === 0) {
    return sendMiss(x, view, `${normalized} is not in repository ${x.repo.name}`);
  }
  Object.assign(x.note, viewServedBy(view, x.repo));
  const links = fileLinks(view, x.endpoint);
  if (type === 'json') {
    const versions = listedVersions(view).sort(compareVersions);
    return sendJson(x, 200, projectJson(normalized, versions, links), JSON_TYPE);
  }
  send(x, 200, projectHtml(normalized, links), {
    'content-type': 'text/html; charset=utf-8',
    vary: 'accept',
  });
}

async function serveFile(x: Exchange, name: string, version: string, filename: string): Promise<void> {
  const coords: Coords = { format: 'pypi', name: normalizePypiName(name) };
  Object.assign(x.note, { kind: 'asset', package: coords.name, version, asset: filename });
  // A file the repository holds needs no walk: it keeps resolving when upstreams are gone.
  const held = findPackage(x.repo, coords)?.versions[version];
  let candidate: Candidate | undefined =
    held && held.assets.some((a) => a.name === filename)
      ? { version, kind: 'held', repo: x.repo, record: held }
      : undefined;
  let view: PackageView | undefined;
  if (!candidate) {
    view = await resolvePackage(x.ctx, x.domain, x.repo, coords, { filename, version });
    candidate = sourceOfFile(view, version, filename);
  }
  const missing = `${filename} is not in repository ${x.repo.name}`;
  if (!candidate) return sendMiss(x, view, missing);
  try {
    const served = await acquireAsset(x.ctx, x.domain, x.repo, coords, candidate, filename);
    if (!served) return sendMiss(x, view, missing);
    Object.assign(x.note, { servedBy: served.servedBy, servedFrom: served.servedFrom });
    send(x, 200, served.bytes, { 'content-type': 'application/octet-stream' });
  } catch (err) {
    if (!(err instanceof UpstreamUnavailable)) throw err;
    sendError(x, 502, `Could not fetch ${filename} through the external connection: ${err.message}`);
  }
}
