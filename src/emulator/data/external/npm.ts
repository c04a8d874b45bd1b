import type { EmulatorContext } from '../../context.js';
import { displayName, type Coords } from '../packages.js';
import type { ExternalPackage, ExternalVersion } from './model.js';
import { externalGet } from './http.js';

const TIMEOUT_MS = 15_000;

/** Where the public npm registry keeps a packument: scoped names travel as `@scope%2fname`. */
export function npmPackumentUrl(base: string, c: Coords): string {
  const slash = base.endsWith('/') ? base : `${base}/`;
  return `${slash}${displayName(c).replace('/', '%2f')}`;
}

/** Where npm registries keep a tarball: `<registry>/<name>/-/<file>`, scoped names with a plain slash. */
export function npmTarballUrl(base: string, c: Coords, filename: string): string {
  const slash = base.endsWith('/') ? base : `${base}/`;
  return `${slash}${displayName(c)}/-/${encodeURIComponent(filename)}`;
}

/** Fetch a full packument (the only form that carries `time` and every manifest field). */
export async function fetchNpmPackage(
  ctx: EmulatorContext,
  c: Coords,
): Promise<{ pkg: ExternalPackage | undefined; bytes: number }> {
  const res = await externalGet(ctx, npmPackumentUrl(ctx.publicUrls.npm, c), {
    accept: 'application/json',
    timeoutMs: TIMEOUT_MS,
  });
  if (res.status === 404) return { pkg: undefined, bytes: res.body.length };
  if (res.status !== 200) throw new Error(`public npm answered ${res.status} for ${displayName(c)}`);
  return {
    pkg: parsePackument(JSON.parse(res.body.toString('utf8')) as Record<string, unknown>),
    bytes: res.body.length,
  };
}

/**
 * Fetch one version document (`<packument URL>/<version>`): the same manifest the packument holds for it,
 * without the other versions. A registry that does not serve version documents answers 404, which the
 * caller treats as "ask for the full packument".
 */
export async function fetchNpmVersion(
  ctx: EmulatorContext,
  c: Coords,
  version: string,
): Promise<{ pkg: ExternalPackage | undefined; bytes: number }> {
  const url = `${npmPackumentUrl(ctx.publicUrls.npm, c)}/${encodeURIComponent(version)}`;
  const res = await externalGet(ctx, url, { accept: 'application/json', timeoutMs: TIMEOUT_MS });
  if (res.status === 404) return { pkg: undefined, bytes: res.body.length };
  if (res.status !== 200)
    throw new Error(`public npm answered ${res.status} for ${displayName(c)}@${version}`);
  const doc = JSON.parse(res.body.toString('utf8')) as Record<string, unknown>;
  const parsed = doc.version === version ? parseVersion(version, doc, undefined) : undefined;
  const versions = new Map(parsed ? [[version, parsed]] : []);
  return { pkg: parsed ? { versions, distTags: {} } : undefined, bytes: res.body.length };
}

function parsePackument(doc: Record<string, unknown>): ExternalPackage {
  const versions = new Map<string, ExternalVersion>();
  const time = (doc.time ?? {}) as Record<string, string>;
  for (const [version, raw] of Object.entries(
    (doc.versions ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    const parsed = parseVersion(version, raw, time[version]);
    if (parsed) versions.set(version, parsed);
  }
  const distTags = (doc['dist-tags'] ?? {}) as Record<string, string>;
  return { versions, distTags };
}

function parseVersion(
  version: string,
  raw: Record<string, unknown>,
  time: string | undefined,
): ExternalVersion | undefined {
  const dist = (raw.dist ?? {}) as Record<string, unknown>;
  if (typeof dist.tarball !== 'string') return undefined;
  const manifest = { ...raw };
  delete manifest.dist;
  delete manifest._id;
  const published = time ? Date.parse(time) : NaN;
  return {
    version,
    manifest,
    files: [
      {
        filename: decodeURIComponent(new URL(dist.tarball).pathname.split('/').pop() ?? ''),
        url: dist.tarball,
        ...(typeof dist.shasum === 'string' ? { sha1: dist.shasum } : {}),
        ...(typeof dist.integrity === 'string' ? { integrity: dist.integrity } : {}),
      },
    ],
    ...(Number.isNaN(published) ? {} : { publishedTime: Math.floor(published / 1000) }),
  };
}
