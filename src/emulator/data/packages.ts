import { createHash } from 'node:crypto';
import {
  packageKey,
  type AssetRef,
  type OriginRestrictions,
  type PackageRecord,
  type RepositoryRecord,
  type VersionOrigin,
  type VersionRecord,
} from '../types.js';

/** A package as the domain names it: npm scope (without `@`) as namespace; pypi names normalized. */
export interface Coords {
  format: 'npm' | 'pypi';
  namespace?: string;
  name: string;
}

/** The name clients use: `@scope/name` for scoped npm packages. */
export function displayName(c: Coords): string {
  return c.namespace ? `@${c.namespace}/${c.name}` : c.name;
}

/** npm `@scope/name` or `name` → coords. */
export function npmCoords(fullName: string): Coords {
  const m = /^@([^/]+)\/(.+)$/.exec(fullName);
  return m
    ? { format: 'npm', namespace: m[1] as string, name: m[2] as string }
    : { format: 'npm', name: fullName };
}

/** PEP 503 normalization: runs of `-`, `_`, `.` become one `-`, lower case. */
export function normalizePypiName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

export function findPackage(repo: RepositoryRecord, c: Coords): PackageRecord | undefined {
  return repo.packages[packageKey(c.format, c.namespace, c.name)];
}

// Documented defaults: a package's first version decides its origin controls.
const PUBLISHED_FIRST: OriginRestrictions = { publish: 'ALLOW', upstream: 'BLOCK' };
const INGESTED_FIRST: OriginRestrictions = { publish: 'BLOCK', upstream: 'ALLOW' };

/**
 * The package's record in a repository, created on its first version with the default origin controls for
 * how that version arrived. A record without versions (a placeholder PutPackageOriginConfiguration made)
 * keeps the restrictions that were set on it.
 */
export function packageForNewVersion(
  repo: RepositoryRecord,
  c: Coords,
  arrival: 'published' | 'ingested',
): PackageRecord {
  const key = packageKey(c.format, c.namespace, c.name);
  const existing = repo.packages[key];
  if (existing) return existing;
  const origin = { ...(arrival === 'published' ? PUBLISHED_FIRST : INGESTED_FIRST) };
  const record: PackageRecord = {
    format: c.format,
    name: c.name,
    origin,
    versions: {},
    distTags: {},
    ...(c.namespace ? { namespace: c.namespace } : {}),
  };
  repo.packages[key] = record;
  return record;
}

/** A version's revision: stable for the same set of assets, as the service's opaque revision is. */
export function revisionOf(assets: AssetRef[]): string {
  const hash = createHash('sha256');
  for (const a of assets) hash.update(`${a.name}:${a.sha256};`);
  return hash.digest('base64').slice(0, 22);
}

export function newVersionRecord(
  version: string,
  origin: VersionOrigin,
  assets: AssetRef[],
  metadata: Record<string, unknown>,
  publishedTime: number,
): VersionRecord {
  return {
    version,
    revision: revisionOf(assets),
    status: 'Published',
    origin,
    publishedTime,
    assets,
    metadata,
  };
}

/** Versions a client may see and download. */
export function isVisible(v: VersionRecord): boolean {
  return v.status === 'Published' || v.status === 'Unlisted';
}

/**
 * Keep a reference to a version found elsewhere in this repository too (the service copies a reference,
 * not the bytes: assets stay once per domain). A version already held gains any asset it lacked (pypi
 * versions have several files that arrive one request at a time).
 */
export function retainVersion(repo: RepositoryRecord, c: Coords, source: VersionRecord): VersionRecord {
  const pkg = packageForNewVersion(repo, c, 'ingested');
  const held = pkg.versions[source.version];
  if (!held) {
    const copy: VersionRecord = { ...source, assets: [...source.assets], metadata: { ...source.metadata } };
    pkg.versions[source.version] = copy;
    return copy;
  }
  for (const asset of source.assets) {
    if (!held.assets.some((a) => a.name === asset.name)) held.assets.push(asset);
  }
  held.revision = revisionOf(held.assets);
  return held;
}
