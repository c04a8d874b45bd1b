/**
 * Version ordering and ranges for the emulator, by the library npm itself uses (`semver`, pinned to the
 * release npm 11 bundles), so the embedded registry and the emulator's packuments order and resolve
 * versions exactly as npm does — prereleases included (SemVer §11: `alpha.2` < `alpha.10`).
 */
import semver from 'semver';

/** A parsed `major.minor.patch[-prerelease]` version. */
export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** The prerelease identifiers joined with `.`; empty for a release. */
  readonly prerelease: string;
}

/** Parses a full version, or returns undefined when it is not one. */
export function parseVersion(text: string): SemVer | undefined {
  const v = semver.parse(text.trim());
  if (!v) return undefined;
  return { major: v.major, minor: v.minor, patch: v.patch, prerelease: v.prerelease.join('.') };
}

/**
 * Orders two versions like npm does (-1, 0, 1). Strings that are not semver (PyPI's PEP 440 versions such
 * as `1.0` or `2.0rc1` reach this too) sort before valid ones and keep their relative order.
 */
export function compareVersions(a: string, b: string): number {
  const pa = semver.valid(a);
  const pb = semver.valid(b);
  if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
  return semver.compare(pa, pb);
}

/** Whether a version satisfies an npm range (`''` and `*` match any release). */
export function satisfies(version: string, range: string): boolean {
  return semver.satisfies(version, range.trim() === '' ? '*' : range);
}

/** The highest version that satisfies the range, or undefined. */
export function maxSatisfying(versions: Iterable<string>, range: string): string | undefined {
  return semver.maxSatisfying([...versions], range.trim() === '' ? '*' : range) ?? undefined;
}
