/**
 * Just enough semver for the embedded registry: ordering versions and resolving the ranges the
 * catalog and typical published manifests use (exact, `^`, `~`, comparators, `x`/`*`, `||`).
 * The project deliberately carries no semver dependency; this covers what the tests and npm rely on.
 */

/** A parsed `major.minor.patch[-prerelease]` version. */
export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: string;
}

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Parses a full version, or returns undefined when it is not one. */
export function parseVersion(text: string): SemVer | undefined {
  const m = VERSION.exec(text.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ?? '' };
}

function compareParsed(a: SemVer, b: SemVer): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return Math.sign(core);
  if (a.prerelease === b.prerelease) return 0;
  // A release sorts after its prereleases.
  if (a.prerelease === '') return 1;
  if (b.prerelease === '') return -1;
  return a.prerelease < b.prerelease ? -1 : 1;
}

/** Orders two versions like semver does (-1, 0, 1); invalid versions sort first. */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
  return compareParsed(pa, pb);
}

type Comparator = (v: SemVer) => boolean;

/** Parses a possibly partial version (`1`, `1.2`, `1.x`) into numbers and how many parts were given. */
function partial(text: string): { parts: number[]; given: number; prerelease: string } | undefined {
  const [core = '', prerelease = ''] = text.replace(/^v/, '').split(/-(.*)/s);
  const fields = core.split('.');
  const parts: number[] = [];
  for (const field of fields.slice(0, 3)) {
    if (/^[xX*]$/.test(field)) break;
    if (!/^\d+$/.test(field)) return undefined;
    parts.push(Number(field));
  }
  const given = parts.length;
  while (parts.length < 3) parts.push(0);
  return { parts, given, prerelease };
}

function bound(parts: number[], prerelease = ''): SemVer {
  return { major: parts[0] ?? 0, minor: parts[1] ?? 0, patch: parts[2] ?? 0, prerelease };
}

function ge(low: SemVer): Comparator {
  return (v) => compareParsed(v, low) >= 0;
}

function between(low: SemVer, high: SemVer): Comparator {
  return (v) =>
    compareParsed(v, low) >= 0 && compareParsed(v, bound([high.major, high.minor, high.patch], '0')) < 0;
}

/** The upper bound of a caret range: the first version that changes the leftmost non-zero part. */
function caretHigh([major = 0, minor = 0, patch = 0]: number[], given: number): SemVer {
  if (major > 0 || given < 2) return bound([major + 1, 0, 0]);
  if (minor > 0 || given < 3) return bound([0, minor + 1, 0]);
  return bound([0, 0, patch + 1]);
}

function comparator(token: string): Comparator | undefined {
  const m = /^(\^|~|>=|<=|>|<|=)?\s*(.*)$/.exec(token);
  const op = m?.[1] ?? '';
  const p = partial(m?.[2] ?? '');
  if (!p) return undefined;
  const low = bound(p.parts, p.prerelease);
  const [major = 0, minor = 0] = p.parts;
  const next = p.given <= 1 ? [major + 1, 0, 0] : p.given === 2 ? [major, minor + 1, 0] : undefined;
  switch (op) {
    case '^':
      return between(low, caretHigh(p.parts, p.given));
    case '~':
      return between(low, p.given <= 1 ? bound([major + 1, 0, 0]) : bound([major, minor + 1, 0]));
    case '>=':
      return ge(low);
    case '>':
      return next ? ge(bound(next)) : (v) => compareParsed(v, low) > 0;
    case '<':
      return (v) => compareParsed(v, bound(p.parts, p.given < 3 ? '0' : p.prerelease)) < 0;
    case '<=':
      return next ? (v) => compareParsed(v, bound(next, '0')) < 0 : (v) => compareParsed(v, low) <= 0;
    default:
      return p.given === 0
        ? () => true
        : next
          ? between(low, bound(next))
          : (v) => compareParsed(v, low) === 0;
  }
}

/** True when the version satisfies the range; prereleases match only ranges that name them exactly. */
export function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  if (!v) return false;
  const text = range.trim() === '' || range.trim() === 'latest' ? '*' : range;
  return text.split('||').some((alternative) => {
    const tokens = alternative
      .trim()
      .replace(/(\^|~|>=|<=|>|<|=)\s+/g, '$1')
      .split(/\s+/);
    const checks = tokens.map(comparator);
    if (checks.some((c) => c === undefined)) return false;
    if (v.prerelease !== '' && !tokens.some((t) => t.includes(`${v.major}.${v.minor}.${v.patch}-`)))
      return false;
    return checks.every((c) => c?.(v));
  });
}

/** The highest version in the list that satisfies the range, as npm would pick it. */
export function maxSatisfying(versions: Iterable<string>, range: string): string | undefined {
  let best: string | undefined;
  for (const version of versions) {
    if (satisfies(version, range) && (best === undefined || compareVersions(version, best) > 0))
      best = version;
  }
  return best;
}
