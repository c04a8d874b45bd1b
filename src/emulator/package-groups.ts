import type {
  DomainRecord,
  GroupRestrictionMode,
  GroupRestrictionType,
  PackageFormat,
  PackageGroupRecord,
} from './types.js';
import { FORMATS } from './types.js';

/** A package group pattern taken apart: `/*`, `/npm/*`, `/npm/acme/*`, `/npm/acme/ui~`, `/pypi//requests$`. */
export interface ParsedPattern {
  format?: PackageFormat;
  namespace?: string;
  name?: string;
  /** What the last given component matches: everything after it, a prefix of it, or exactly it. */
  kind: 'all' | 'prefix' | 'exact';
  /** Which component the prefix applies to (for `~`). */
  prefixOf?: 'namespace' | 'name';
}

const RESTRICTION_TYPES: GroupRestrictionType[] = ['EXTERNAL_UPSTREAM', 'INTERNAL_UPSTREAM', 'PUBLISH'];
// Formats without namespaces: a group for them must leave the namespace component empty.
const NO_NAMESPACE = new Set<string>(['pypi', 'nuget']);

/** Parse a pattern per the service's package group definition syntax; throws an Error naming what is wrong. */
export function parsePackageGroupPattern(pattern: string): ParsedPattern {
  const bad = (why: string) => new Error(`Invalid package group pattern '${pattern}': ${why}`);
  if (pattern === '/*') return { kind: 'all' };
  if (!pattern.startsWith('/')) throw bad('it must start with /');
  const suffix = pattern.slice(-1);
  if (!['*', '~', '$'].includes(suffix)) throw bad('it must end with *, ~ or $');
  const parts = pattern.slice(1, suffix === '*' ? -2 : -1).split('/');
  if (suffix === '*' && !pattern.endsWith('/*')) throw bad('* must follow a /');
  const [format, namespace, name, ...extra] = parts;
  if (extra.length > 0 || !format) throw bad('too many or too few components');
  if (!(FORMATS as readonly string[]).includes(format)) throw bad(`unknown format '${format}'`);
  const parsed: ParsedPattern = { format: format as PackageFormat, kind: 'all' };
  if (namespace !== undefined && namespace !== '') {
    if (NO_NAMESPACE.has(format)) throw bad(`${format} packages have no namespace`);
    parsed.namespace = namespace;
  }
  if (name !== undefined && name !== '') parsed.name = name;
  if (namespace === '' && name === undefined) throw bad('an empty namespace must be followed by a name');
  if (suffix === '~') {
    parsed.kind = 'prefix';
    parsed.prefixOf = name !== undefined ? 'name' : 'namespace';
  } else if (suffix === '$') {
    if (name === undefined) throw bad('$ needs a package name');
    parsed.kind = 'exact';
  }
  return parsed;
}

/** A new group with every restriction INHERIT (the root group `/*` gets ALLOW: it has nothing to inherit from). */
export function newPackageGroup(
  pattern: string,
  nowSeconds: number,
  opts: { description?: string; contactInfo?: string } = {},
): PackageGroupRecord {
  parsePackageGroupPattern(pattern);
  const mode: GroupRestrictionMode = pattern === '/*' ? 'ALLOW' : 'INHERIT';
  const restrictions = Object.fromEntries(
    RESTRICTION_TYPES.map((t) => [t, { mode, allowedRepositories: [] as string[] }]),
  ) as PackageGroupRecord['restrictions'];
  return { pattern, createdTime: nowSeconds, restrictions, ...opts };
}

/** Does a package fall under a pattern? */
export function matches(
  p: ParsedPattern,
  format: string,
  namespace: string | undefined,
  name: string,
): boolean {
  if (p.format === undefined) return true;
  if (p.format !== format) return false;
  const ns = namespace ?? '';
  if (p.name === undefined) {
    if (p.namespace === undefined) return true;
    return p.kind === 'prefix' ? ns.startsWith(p.namespace) : ns === p.namespace;
  }
  if ((p.namespace ?? '') !== ns) return false;
  return p.kind === 'prefix' ? name.startsWith(p.name) : name === p.name;
}

// More specific patterns win: exact beats prefix beats all, longer beats shorter.
function specificity(p: ParsedPattern, pattern: string): number {
  const depth = (p.format ? 1 : 0) + (p.namespace !== undefined ? 1 : 0) + (p.name !== undefined ? 1 : 0);
  const kind = p.kind === 'exact' ? 2 : p.kind === 'prefix' ? 1 : 0;
  return depth * 10_000 + kind * 1_000 + pattern.length;
}

/** The most specific group a package belongs to; STRONG when the pattern names the package exactly. */
export function associatedGroup(
  domain: DomainRecord,
  format: string,
  namespace: string | undefined,
  name: string,
): { group: PackageGroupRecord; associationType: 'STRONG' | 'WEAK' } {
  let best: { group: PackageGroupRecord; score: number; parsed: ParsedPattern } | undefined;
  for (const group of Object.values(domain.packageGroups)) {
    const parsed = parsePackageGroupPattern(group.pattern);
    if (!matches(parsed, format, namespace, name)) continue;
    const score = specificity(parsed, group.pattern);
    if (!best || score > best.score) best = { group, score, parsed };
  }
  if (!best) throw new Error(`Domain ${domain.name} has no root package group`);
  return { group: best.group, associationType: best.parsed.kind === 'exact' ? 'STRONG' : 'WEAK' };
}

/** The closest group whose pattern covers everything `pattern` covers, i.e. its parent in the hierarchy. */
export function parentGroup(domain: DomainRecord, pattern: string): PackageGroupRecord | undefined {
  if (pattern === '/*') return undefined;
  const child = parsePackageGroupPattern(pattern);
  let best: { group: PackageGroupRecord; score: number } | undefined;
  for (const group of Object.values(domain.packageGroups)) {
    if (group.pattern === pattern) continue;
    const parsed = parsePackageGroupPattern(group.pattern);
    if (!covers(parsed, child)) continue;
    const score = specificity(parsed, group.pattern);
    if (!best || score > best.score) best = { group, score };
  }
  return best?.group;
}

function covers(parent: ParsedPattern, child: ParsedPattern): boolean {
  if (parent.kind === 'exact') return false;
  if (parent.format === undefined) return true;
  if (parent.format !== child.format) return false;
  if (parent.name !== undefined) {
    const sameNamespace = (child.namespace ?? '') === (parent.namespace ?? '');
    return sameNamespace && child.name !== undefined && child.name.startsWith(parent.name);
  }
  if (parent.namespace === undefined) return true;
  if (child.namespace === undefined) return false;
  if (parent.kind === 'prefix') return child.namespace.startsWith(parent.namespace);
  // `/npm/acme/*` covers `/npm/acme/ui~` and `/npm/acme/ui$`, but not `/npm/acme~` (that reaches acme2).
  return child.namespace === parent.namespace && child.prefixOf !== 'namespace';
}

/** A group's effective restriction: INHERIT walks up to the first ancestor that says something else. */
export function effectiveRestriction(
  domain: DomainRecord,
  group: PackageGroupRecord,
  type: GroupRestrictionType,
): {
  mode: Exclude<GroupRestrictionMode, 'INHERIT'>;
  allowedRepositories: string[];
  inheritedFrom?: PackageGroupRecord;
} {
  let current: PackageGroupRecord | undefined = group;
  while (current) {
    const restriction = current.restrictions[type];
    if (restriction.mode !== 'INHERIT') {
      const result = { mode: restriction.mode, allowedRepositories: restriction.allowedRepositories };
      return current === group ? result : { ...result, inheritedFrom: current };
    }
    current = parentGroup(domain, current.pattern);
  }
  return { mode: 'ALLOW', allowedRepositories: [] };
}

/** Whether a group setting lets a package version enter `repository` by the given route. */
export function groupAllows(
  domain: DomainRecord,
  coords: { format: string; namespace?: string | undefined; name: string },
  type: GroupRestrictionType,
  repository: string,
): boolean {
  const { group } = associatedGroup(domain, coords.format, coords.namespace, coords.name);
  const { mode, allowedRepositories } = effectiveRestriction(domain, group, type);
  if (mode === 'ALLOW_SPECIFIC_REPOSITORIES') return allowedRepositories.includes(repository);
  return mode === 'ALLOW';
}
