import { compareVersions } from '../../public/semver.js';
import type { Candidate, PackageView } from '../chain.js';
import { isListed } from '../listing.js';
import { displayName, type Coords } from '../packages.js';

/** The one asset of every npm package version (User Guide, "List package version assets"). */
export const NPM_ASSET = 'package.tgz';

/** The tarball file name in URLs handed to clients: npm's own `<name>-<version>.tgz`. */
export function tarballFile(c: Coords, version: string): string {
  return `${c.name}-${version}.tgz`;
}

/** Fields npm's abbreviated ("corgi") packument keeps: all an installer needs to resolve a tree. */
const ABBREVIATED_FIELDS = [
  'name',
  'version',
  'deprecated',
  'dependencies',
  'optionalDependencies',
  'devDependencies',
  'bundleDependencies',
  'peerDependencies',
  'peerDependenciesMeta',
  'acceptDependencies',
  'bin',
  'directories',
  'engines',
  'cpu',
  'os',
  'libc',
  'funding',
  'license',
  '_hasShrinkwrap',
];
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

export const ABBREVIATED_TYPE = 'application/vnd.npm.install-v1+json';

/**
 * The packument a repository serves: every visible version, with tarball URLs on the requesting
 * repository's endpoint (so the client comes back here, where retention happens) and dist digests that
 * describe exactly the bytes that will be served.
 */
export function buildPackument(
  view: PackageView,
  endpoint: string,
  abbreviated: boolean,
): Record<string, unknown> {
  const name = displayName(view.coords);
  const ordered = [...view.versions.values()]
    .flatMap((sources) => sources.slice(0, 1))
    .filter(isListed)
    .sort((a, b) => compareVersions(a.version, b.version));
  const versions: Record<string, Record<string, unknown>> = {};
  const time: Record<string, string> = {};
  for (const candidate of ordered) {
    const manifest = manifestOf(candidate);
    versions[candidate.version] = abbreviated
      ? abbreviate(manifest, name, candidate)
      : { ...manifest, name, version: candidate.version, _id: `${name}@${candidate.version}` };
    versions[candidate.version]!.dist = distOf(
      candidate,
      `${endpoint}${name}/-/${tarballFile(view.coords, candidate.version)}`,
    );
    time[candidate.version] = new Date(publishedTime(candidate) * 1000).toISOString();
  }
  const times = Object.values(time).sort();
  const modified = times.at(-1) ?? new Date(0).toISOString();
  if (abbreviated) return { name, modified, 'dist-tags': view.distTags, versions };
  const latest = view.distTags.latest ? versions[view.distTags.latest] : undefined;
  return {
    _id: name,
    name,
    ...(latest?.description ? { description: latest.description } : {}),
    ...(latest?.readme ? { readme: latest.readme } : {}),
    'dist-tags': view.distTags,
    versions,
    time: { created: times[0] ?? modified, modified, ...time },
  };
}

function manifestOf(c: Candidate): Record<string, unknown> {
  return c.kind === 'held' ? c.record.metadata : (c.external.manifest ?? {});
}

function publishedTime(c: Candidate): number {
  return c.kind === 'held' ? c.record.publishedTime : (c.external.publishedTime ?? 0);
}

function abbreviate(manifest: Record<string, unknown>, name: string, c: Candidate): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of ABBREVIATED_FIELDS) {
    if (manifest[field] !== undefined) out[field] = manifest[field];
  }
  const scripts = (manifest.scripts ?? {}) as Record<string, unknown>;
  if (INSTALL_SCRIPTS.some((s) => scripts[s] !== undefined)) out.hasInstallScript = true;
  out.name = name;
  out.version = c.version;
  return out;
}

/** `dist` for a version: digests of the stored asset, or those the public packument states for it. */
function distOf(c: Candidate, tarball: string): Record<string, unknown> {
  if (c.kind === 'held') {
    const asset = c.record.assets[0];
    if (!asset) return {};
    return { tarball, shasum: asset.sha1, integrity: `sha512-${asset.sha512}` };
  }
  const file = c.external.files[0];
  if (!file) return {};
  return {
    tarball,
    ...(file.sha1 ? { shasum: file.sha1 } : {}),
    ...(file.integrity ? { integrity: file.integrity } : {}),
  };
}
