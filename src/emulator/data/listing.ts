import { compareVersions, parseVersion } from '../public/semver.js';
import type { Candidate, PackageView } from './chain.js';

/** A dist-tag as one repository of the walk (or an external connection) states it. */
export interface TagSource {
  tag: string;
  version: string;
  /** How far upstream it was found: the requested repository is 0. */
  depth: number;
}

/**
 * Whether a source appears in version lists (packuments, simple pages). Unlisted versions stay
 * downloadable; Archived, Disposed and Unfinished ones are neither listed nor downloadable (User Guide,
 * "Package version status").
 */
export function isListed(c: Candidate): boolean {
  return c.kind === 'external' || c.record.status === 'Published';
}

/** Versions clients see in listings, in no particular order. */
export function listedVersions(view: PackageView): string[] {
  return [...view.versions.entries()]
    .filter(([, sources]) => isListed(sources[0] as Candidate))
    .map(([v]) => v);
}

export function addTags(view: PackageView, tags: Record<string, string>, depth: number): void {
  for (const [tag, version] of Object.entries(tags)) view.tagSources.push({ tag, version, depth });
}

/**
 * The merged dist-tags. When a tag exists both downstream and upstream, the upstream's value wins (User
 * Guide, "npm tags and upstream repositories"); among equally deep sources the first in search order wins.
 * Only tags naming a listed version survive, and `latest` falls back to the highest listed release.
 */
export function mergedTags(view: PackageView): Record<string, string> {
  const listed = new Set(listedVersions(view));
  const chosen = new Map<string, TagSource>();
  for (const source of view.tagSources) {
    const held = chosen.get(source.tag);
    if (listed.has(source.version) && (!held || source.depth > held.depth)) chosen.set(source.tag, source);
  }
  const tags = Object.fromEntries([...chosen].map(([tag, s]) => [tag, s.version]));
  if (!tags.latest && listed.size > 0) {
    const all = [...listed].sort(compareVersions);
    const releases = all.filter((v) => parseVersion(v)?.prerelease === '');
    const latest = releases.at(-1) ?? all.at(-1);
    if (latest) tags.latest = latest;
  }
  return tags;
}
