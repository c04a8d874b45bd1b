import type { ServedBy } from '../audit.js';
import type { EmulatorContext } from '../context.js';
import { hasFault } from '../faults.js';
import { groupAllows } from '../package-groups.js';
import type { DomainRecord, RepositoryRecord, VersionRecord } from '../types.js';
import { UpstreamUnavailable } from './external/http.js';
import { externalLookup } from './external/metadata.js';
import type { ExternalVersion, WantedFile } from './external/model.js';
import { addTags, mergedTags, type TagSource } from './listing.js';
import { findPackage, isVisible, type Coords } from './packages.js';
import { upstreamOpen } from './policy.js';

/** The service searches at most this many repositories for one request (the guide says 25; it once said 20). */
const MAX_REPOSITORIES = 25;

/** Where a visible version lives: a version record in a repository of the chain, or only on the public side. */
export type Candidate =
  | { version: string; kind: 'held'; repo: RepositoryRecord; record: VersionRecord }
  | {
      version: string;
      kind: 'external';
      holder: RepositoryRecord;
      connection: string;
      external: ExternalVersion;
    };

/** What a repository shows of one package: its own versions, then its upstreams', then the public side's. */
export interface PackageView {
  coords: Coords;
  /** Every source of each version, in search order: the first one is what clients get by default. */
  versions: Map<string, Candidate[]>;
  distTags: Record<string, string>;
  /** External connections that could not answer: a miss may then be an outage (502), not a 404. */
  unavailable: string[];
  /** Whether resolving this view made an external metadata fetch (rather than using the cache). */
  fetchedExternally: boolean;
  /** Every tag seen, with how far upstream it was found (the requested repository is 0). */
  tagSources: TagSource[];
}

interface Walk {
  want?: WantedFile;
  ctx: EmulatorContext;
  domain: DomainRecord;
  requested: RepositoryRecord;
  view: PackageView;
  visited: Set<string>;
}

/**
 * Resolve a package through the upstream chain in the service's search order: the repository itself, then
 * each upstream in order, depth first (an upstream's own upstreams before the next one), each repository
 * once; a repository's external connection after its upstreams. Origin controls cut the walk: a repository
 * whose package has upstream=BLOCK shows only what it holds. With `want`, the view is only good for finding
 * that file: external connections are not asked once a repository of the chain holds it (search order
 * puts held copies first anyway), and an npm connection is asked for the one version document.
 */
export async function resolvePackage(
  ctx: EmulatorContext,
  domain: DomainRecord,
  requested: RepositoryRecord,
  coords: Coords,
  want?: WantedFile,
): Promise<PackageView> {
  const view: PackageView = {
    coords,
    versions: new Map(),
    distTags: {},
    unavailable: [],
    fetchedExternally: false,
    tagSources: [],
  };
  await visit({ ctx, domain, requested, view, visited: new Set(), ...(want ? { want } : {}) }, requested, 0);
  view.distTags = mergedTags(view);
  return view;
}

async function visit(w: Walk, repo: RepositoryRecord, depth: number): Promise<void> {
  if (w.visited.has(repo.name) || w.visited.size >= MAX_REPOSITORIES) return;
  w.visited.add(repo.name);
  const c = w.view.coords;
  const pkg = findPackage(repo, c);
  // Every status is added: a version a repository holds Archived or Disposed hides upstream copies of it.
  for (const record of Object.values(pkg?.versions ?? {})) {
    add(w.view, { version: record.version, kind: 'held', repo, record });
  }
  addTags(w.view, pkg?.distTags ?? {}, depth);
  if (!upstreamOpen(repo, c) && !hasFault(w.ctx, 'origin-controls')) return;
  // Only the requested repository keeps what the walk finds upstream, so INTERNAL_UPSTREAM is its gate.
  if (repo !== w.requested || groupAllows(w.domain, c, 'INTERNAL_UPSTREAM', repo.name)) {
    for (const name of repo.upstreams) {
      const upstream = w.domain.repositories[name];
      if (upstream) await visit(w, upstream, depth + 1);
    }
  }
  for (const connection of repo.externalConnections) {
    if (connection.packageFormat !== c.format || hasWanted(w)) continue;
    if (!groupAllows(w.domain, c, 'EXTERNAL_UPSTREAM', repo.name)) continue;
    await visitExternal(w, repo, connection.externalConnectionName, depth + 1);
  }
}

/** Whether the walk already found the wanted file (an npm version has one file: any source of it will do). */
function hasWanted(w: Walk): boolean {
  const { want, view } = w;
  if (!want) return false;
  if (view.coords.format === 'npm' && want.version !== undefined) return view.versions.has(want.version);
  return sourceOfFile(view, want.version, want.filename) !== undefined;
}

async function visitExternal(
  w: Walk,
  holder: RepositoryRecord,
  connection: string,
  depth: number,
): Promise<void> {
  try {
    const { pkg, fetched } = await externalLookup(w.ctx, connection, w.view.coords, w.want);
    if (fetched) w.view.fetchedExternally = true;
    for (const external of pkg?.versions.values() ?? []) {
      add(w.view, { version: external.version, kind: 'external', holder, connection, external });
    }
    addTags(w.view, pkg?.distTags ?? {}, depth);
  } catch (err) {
    if (!(err instanceof UpstreamUnavailable)) throw err;
    w.view.fetchedExternally = true;
    w.view.unavailable.push(connection);
  }
}

function add(view: PackageView, candidate: Candidate): void {
  const sources = view.versions.get(candidate.version);
  if (sources) sources.push(candidate);
  else view.versions.set(candidate.version, [candidate]);
}

/** The source a client gets for a version: the first found in search order. */
export function primary(view: PackageView, version: string): Candidate | undefined {
  return view.versions.get(version)?.[0];
}

/** The first source, in search order, that has this file of the version (pypi versions have several). */
export function sourceOfFile(
  view: PackageView,
  version: string | undefined,
  filename: string,
): Candidate | undefined {
  const pools = version === undefined ? [...view.versions.values()] : [view.versions.get(version) ?? []];
  for (const sources of pools) {
    // A version held here in a status that forbids downloads is not fetched from upstream instead.
    const first = sources[0];
    if (first?.kind === 'held' && !isVisible(first.record)) continue;
    const found = sources.find((c) => fileNames(c).includes(filename));
    if (found) return found;
  }
  return undefined;
}

export function fileNames(c: Candidate): string[] {
  return c.kind === 'held' ? c.record.assets.map((a) => a.name) : c.external.files.map((f) => f.filename);
}

/** How a metadata answer was satisfied, for the audit log. */
export function viewServedBy(
  view: PackageView,
  requested: RepositoryRecord,
): { servedBy: ServedBy; servedFrom: string } {
  const first = [...view.versions.values()].flatMap((sources) => sources.slice(0, 1));
  if (view.fetchedExternally) {
    const connection = first.find((c) => c.kind === 'external');
    return {
      servedBy: 'external',
      servedFrom: connection?.kind === 'external' ? connection.connection : 'public',
    };
  }
  for (const c of first) {
    if (c.kind === 'external') return { servedBy: 'upstream', servedFrom: c.holder.name };
    if (c.repo !== requested) return { servedBy: 'upstream', servedFrom: c.repo.name };
  }
  return { servedBy: 'internal', servedFrom: requested.name };
}
