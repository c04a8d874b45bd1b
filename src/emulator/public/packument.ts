/**
 * Renders npm packuments — the full document and the abbreviated "corgi" one npm installs from.
 */
import type { NpmVersionRecord } from './catalog.js';
import type { NpmManifest } from './npm-content.js';
import { compareVersions, parseVersion } from './semver.js';

/** The media type npm asks for when it only needs what installing takes. */
export const ABBREVIATED_TYPE = 'application/vnd.npm.install-v1+json';

/** Fields the abbreviated form keeps besides name, version, dependencies and dist, when present. */
const INSTALL_FIELDS = [
  'optionalDependencies',
  'peerDependencies',
  'bin',
  'engines',
  'os',
  'cpu',
  'deprecated',
];

/** A version's `dist`: where its tarball is and how to verify it. */
export interface NpmDist {
  readonly tarball: string;
  readonly shasum: string;
  readonly integrity: string;
}

/** One version in a full packument: its manifest plus `_id` and `dist`. */
export type FullVersion = NpmManifest & { readonly _id: string; readonly dist: NpmDist };

/** The full packument (`application/json`). */
export interface FullPackument {
  readonly _id: string;
  readonly name: string;
  readonly description: string;
  readonly 'dist-tags': Readonly<Record<string, string>>;
  readonly versions: Readonly<Record<string, FullVersion>>;
  readonly time: Readonly<Record<string, string>>;
  readonly modified: string;
  readonly license: string;
}

/** One version in an abbreviated packument. */
export interface AbbreviatedVersion {
  readonly name: string;
  readonly version: string;
  readonly dependencies: Readonly<Record<string, string>>;
  readonly dist: NpmDist;
  readonly [installField: string]: unknown;
}

/** The abbreviated packument (`application/vnd.npm.install-v1+json`). */
export interface AbbreviatedPackument {
  readonly name: string;
  readonly modified: string;
  readonly 'dist-tags': Readonly<Record<string, string>>;
  readonly versions: Readonly<Record<string, AbbreviatedVersion>>;
}

/** The tarball file name npm uses: the unscoped part of the name, then the version. */
export function tarballFileName(name: string, version: string): string {
  return `${name.split('/').pop() ?? name}-${version}.tgz`;
}

/** The tarball URL under a registry base URL (which ends with a slash). */
export function tarballUrl(registryUrl: string, name: string, version: string): string {
  return `${registryUrl}${name}/-/${tarballFileName(name, version)}`;
}

function dist(record: NpmVersionRecord, registryUrl: string): NpmDist {
  const { name, version } = record.manifest;
  return {
    tarball: tarballUrl(registryUrl, name, version),
    shasum: record.tarball.shasum,
    integrity: record.tarball.integrity,
  };
}

/** `latest` defaults to the highest release (prereleases only when nothing else exists). */
function distTags(
  records: readonly NpmVersionRecord[],
  tags: Readonly<Record<string, string>>,
): Record<string, string> {
  const versions = records.map((r) => r.manifest.version).sort(compareVersions);
  const releases = versions.filter((v) => parseVersion(v)?.prerelease === '');
  const latest = releases.at(-1) ?? versions.at(-1);
  return { ...(latest ? { latest } : {}), ...tags };
}

function modified(records: readonly NpmVersionRecord[]): string {
  return records.map((r) => r.published).reduce((a, b) => (b > a ? b : a), '');
}

/** The full packument: every manifest field, `time` per version and `dist` pointing at this registry. */
export function fullPackument(
  name: string,
  records: readonly NpmVersionRecord[],
  registryUrl: string,
  tags: Readonly<Record<string, string>> = {},
): FullPackument {
  const sorted = [...records].sort((a, b) => compareVersions(a.manifest.version, b.manifest.version));
  const versions: Record<string, FullVersion> = {};
  const time: Record<string, string> = { created: sorted[0]?.published ?? '', modified: modified(sorted) };
  for (const record of sorted) {
    const { version } = record.manifest;
    versions[version] = { ...record.manifest, _id: `${name}@${version}`, dist: dist(record, registryUrl) };
    time[version] = record.published;
  }
  const latest = sorted.at(-1)?.manifest;
  return {
    _id: name,
    name,
    description: latest?.description ?? '',
    'dist-tags': distTags(sorted, tags),
    versions,
    time,
    modified: time.modified ?? '',
    license: latest?.license ?? 'UNLICENSED',
  };
}

/** The abbreviated packument (`application/vnd.npm.install-v1+json`). */
export function abbreviatedPackument(
  name: string,
  records: readonly NpmVersionRecord[],
  registryUrl: string,
  tags: Readonly<Record<string, string>> = {},
): AbbreviatedPackument {
  const sorted = [...records].sort((a, b) => compareVersions(a.manifest.version, b.manifest.version));
  const versions: Record<string, AbbreviatedVersion> = {};
  for (const record of sorted) {
    const m = record.manifest;
    const extra = Object.fromEntries(INSTALL_FIELDS.filter((f) => m[f] !== undefined).map((f) => [f, m[f]]));
    versions[m.version] = {
      name: m.name,
      version: m.version,
      dependencies: m.dependencies ?? {},
      ...extra,
      dist: dist(record, registryUrl),
    };
  }
  return { name, modified: modified(sorted), 'dist-tags': distTags(sorted, tags), versions };
}
