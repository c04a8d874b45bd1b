/**
 * The shape of the synthetic npm world: names, versions, publish dates and a layered dependency graph.
 *
 * Metadata only — no file contents — so generating all ~320 packages takes milliseconds and can happen
 * at start-up; tarballs are built later, per package, from these specs (see npm-content.ts).
 */
import { createRng, type Rng } from './prng.js';
import { compareVersions } from './semver.js';
import { description, LARGE_TAILS, NAME_EXTRAS, NAME_HEADS, NAME_TAILS, NOUNS, SCOPES } from './words.js';

/** One published version of a catalog package. */
export interface NpmVersionSpec {
  readonly version: string;
  readonly dependencies: Readonly<Record<string, string>>;
  /** ISO timestamp, fixed by the seed. */
  readonly published: string;
}

/** One catalog package: its metadata, its size class and its versions in ascending order. */
export interface NpmPackageSpec {
  readonly name: string;
  readonly description: string;
  readonly keywords: readonly string[];
  /** 0 for leaves; packages only depend on lower layers, so the graph is acyclic. */
  readonly layer: number;
  /** Compressed tarball size the content generator aims at, in bytes. */
  readonly targetBytes: number;
  readonly large: boolean;
  readonly versions: readonly NpmVersionSpec[];
}

/** The whole generated npm catalog. */
export interface NpmGraph {
  readonly packages: ReadonlyMap<string, NpmPackageSpec>;
  /** The packages applications depend on directly (the top layer), most popular first. */
  readonly topLevel: readonly string[];
}

/** Packages per layer, leaves first; the last layer is what applications install directly. */
const LAYER_SIZES = [118, 80, 62, 34, 26] as const;
/** [min, max] direct dependencies of a package in each layer. */
const DEP_COUNTS = [
  [0, 0],
  [0, 2],
  [1, 4],
  [2, 5],
  [3, 7],
] as const;
const LARGE_PER_LAYER = [3, 2, 1, 0, 0] as const;
const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(2019, 0, 1);

function packageName(rng: Rng, large: boolean): string {
  const head = rng.pick(NAME_HEADS);
  if (large) return `${head}-${rng.pick(LARGE_TAILS)}`;
  const tail = rng.pick(NAME_TAILS);
  const roll = rng.next();
  if (roll < 0.08) return `@${rng.pick(SCOPES)}/${tail}${rng.chance(0.5) ? `-${rng.pick(NAME_EXTRAS)}` : ''}`;
  if (roll < 0.22) return `${head}${tail}`;
  if (roll < 0.38) return `${head}-${tail}-${rng.pick(NAME_EXTRAS)}`;
  return `${head}-${tail}`;
}

/** 1–4 ascending versions; about a quarter of packages still live in 0.x. */
function versionList(rng: Rng): string[] {
  const count = rng.pick([1, 1, 2, 2, 2, 3, 3, 4]);
  let [major, minor, patch] = rng.chance(0.25)
    ? [0, rng.int(1, 9), rng.int(0, 6)]
    : [rng.int(1, 5), rng.int(0, 9), rng.int(0, 9)];
  const out = [`${major}.${minor}.${patch}`];
  while (out.length < count) {
    const roll = rng.next();
    if (roll < 0.55) patch += rng.int(1, 3);
    else if (roll < 0.87) [minor, patch] = [minor + 1, 0];
    else [major, minor, patch] = [major + 1, 0, 0];
    out.push(`${major}.${minor}.${patch}`);
  }
  return out;
}

/** The caret range's "compatibility bucket": `1` for 1.x.y, `0.4` for 0.4.y. */
export function caretBucket(version: string): string {
  const [major = '0', minor = '0'] = version.split('.');
  return major === '0' ? `0.${minor}` : major;
}

/** A satisfiable `^x.y.z` range on dep: mostly its newest line, sometimes an older one (duplicates). */
function rangeOn(rng: Rng, dep: string[], newestLine: boolean): string {
  const latest = dep[dep.length - 1] ?? '0.0.0';
  const current = dep.filter((v) => caretBucket(v) === caretBucket(latest));
  const older = dep.filter((v) => caretBucket(v) !== caretBucket(latest));
  const pool =
    newestLine && (older.length === 0 || rng.chance(0.85)) ? current : older.length ? older : current;
  return `^${rng.pick(pool)}`;
}

interface Draft {
  name: string;
  layer: number;
  large: boolean;
  versions: string[];
  deps: string[];
}

/** Picks direct dependencies from lower layers, preferring packages nobody depends on yet. */
function pickDeps(rng: Rng, draft: Draft, lower: Draft[], unclaimed: Set<string>): string[] {
  const [min, max] = DEP_COUNTS[draft.layer] ?? [0, 0];
  const chosen = new Set<string>();
  const want = rng.int(min, max);
  for (let tries = 0; chosen.size < want && tries < want * 10; tries++) {
    const free = lower.filter((d) => unclaimed.has(d.name) && !chosen.has(d.name));
    const next = free.length > 0 && rng.chance(0.4) ? rng.pick(free) : rng.pickSkewed(lower, 2.2);
    chosen.add(next.name);
  }
  for (const name of chosen) unclaimed.delete(name);
  return [...chosen].sort();
}

function drafts(rng: Rng): Draft[] {
  const seen = new Set<string>();
  const out: Draft[] = [];
  LAYER_SIZES.forEach((size, layer) => {
    for (let i = 0; i < size; i++) {
      const large = i < (LARGE_PER_LAYER[layer] ?? 0);
      let name = packageName(rng, large);
      while (seen.has(name)) name = packageName(rng, large);
      seen.add(name);
      out.push({ name, layer, large, versions: versionList(rng), deps: [] });
    }
  });
  const unclaimed = new Set<string>();
  for (const draft of out) {
    const lower = out.filter((d) => d.layer < draft.layer);
    if (draft.layer > 0) draft.deps = pickDeps(rng, draft, lower, unclaimed);
    unclaimed.add(draft.name);
  }
  return out;
}

function finish(rng: Rng, draft: Draft, byName: Map<string, Draft>): NpmPackageSpec {
  let time = EPOCH_MS + rng.int(0, 900) * DAY_MS + rng.int(0, 86_399) * 1000;
  const versions = draft.versions.map((version, index): NpmVersionSpec => {
    const newest = index === draft.versions.length - 1;
    // Older releases had fewer dependencies; each range is a caret on a version that exists.
    const names = newest ? draft.deps : draft.deps.filter(() => rng.chance(0.75));
    const dependencies: Record<string, string> = {};
    for (const name of names) dependencies[name] = rangeOn(rng, byName.get(name)?.versions ?? [], newest);
    time += rng.int(3, 200) * DAY_MS + rng.int(0, 86_399) * 1000;
    return { version, dependencies, published: new Date(time).toISOString() };
  });
  const tail = draft.name.split(/[-/]/).pop() ?? draft.name;
  const targetBytes = draft.large
    ? Math.round(rng.logUniform(512 * 1024, 2 * 1024 * 1024))
    : Math.round(
        rng.chance(0.92) ? rng.logUniform(2 * 1024, 60 * 1024) : rng.logUniform(60 * 1024, 180 * 1024),
      );
  return {
    name: draft.name,
    description: description(rng, tail),
    keywords: [tail, rng.pick(NOUNS)],
    layer: draft.layer,
    targetBytes,
    large: draft.large,
    versions: versions.sort((a, b) => compareVersions(a.version, b.version)),
  };
}

/** Generates the whole npm catalog from a seed; a pure function, cheap enough to call at start-up. */
export function generateNpmGraph(seed = 'codeartifact-cache public npm v1'): NpmGraph {
  const rng = createRng(seed);
  const all = drafts(rng);
  const byName = new Map(all.map((d) => [d.name, d]));
  const packages = new Map(all.map((d) => [d.name, finish(rng, d, byName)]));
  const topLayer = LAYER_SIZES.length - 1;
  const topLevel = all.filter((d) => d.layer === topLayer).map((d) => d.name);
  return { packages, topLevel };
}
