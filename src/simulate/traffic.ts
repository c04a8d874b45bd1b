/**
 * Per-phase traffic: the emulator's audit log (where each data-plane request was satisfied), the Go proxy's
 * request list and — counted independently of the emulator — the embedded public registry's own counters.
 */
import type { AuditEntry, AuditLog } from '../emulator/audit.js';
import type { PublicRegistry } from '../emulator/public/server.js';
import type { GoProxy } from './goproxy.js';
import type { Traffic } from './types.js';

/** What traffic is read from. */
export interface TrafficSources {
  readonly audit: AuditLog;
  readonly go: GoProxy | undefined;
  readonly publicRegistry: PublicRegistry | undefined;
}

/** A cursor into every source, taken before a phase. */
export interface TrafficMark {
  readonly seq: number;
  readonly external: { metadata: number; assets: number };
  readonly goRequests: number;
  readonly publicRegistry: { downloads: number; metadata: number } | undefined;
}

function publicCounts(p: PublicRegistry | undefined): TrafficMark['publicRegistry'] {
  if (!p) return undefined;
  const s = p.stats();
  return { downloads: s.tarball + s.file, metadata: s.packument + s.simple };
}

export function mark(src: TrafficSources): TrafficMark {
  const { metadata, assets } = src.audit.counters().externalFetches;
  return {
    seq: src.audit.lastSeq,
    external: { metadata, assets },
    goRequests: src.go?.requests.length ?? 0,
    publicRegistry: publicCounts(src.publicRegistry),
  };
}

/** Traffic since `from`. */
export function since(src: TrafficSources, from: TrafficMark): Traffic {
  const now = mark(src);
  const goRequests = src.go?.requests.slice(from.goRequests) ?? [];
  return summarize(src.audit.entries(from.seq), {
    externalAssets: now.external.assets - from.external.assets,
    externalMetadata: now.external.metadata - from.external.metadata,
    goProxyRequests: goRequests.length,
    goZipRequests: goRequests.filter((url) => url.endsWith('.zip')).length,
    ...(now.publicRegistry && from.publicRegistry
      ? {
          publicRegistry: {
            downloads: now.publicRegistry.downloads - from.publicRegistry.downloads,
            metadata: now.publicRegistry.metadata - from.publicRegistry.metadata,
          },
        }
      : {}),
  });
}

type Extra = Pick<Traffic, 'externalAssets' | 'externalMetadata' | 'goProxyRequests' | 'publicRegistry'> & {
  goZipRequests: number;
};

/** Pure: counts and bytes by where each request was satisfied. */
export function summarize(entries: readonly AuditEntry[], extra: Extra): Traffic {
  const count = (s: AuditEntry['servedBy']) => entries.filter((e) => e.servedBy === s).length;
  const bytes = (pred: (e: AuditEntry) => boolean) =>
    entries.filter(pred).reduce((sum, e) => sum + e.bytes, 0);
  // A 304 is a client confirming a file it already holds (pip revalidates what its HTTP cache keeps).
  const assets = entries.filter((e) => e.kind === 'asset');
  const files = (format: AuditEntry['format']) =>
    assets.filter((e) => e.format === format && e.status !== 304).length;
  const { goZipRequests, ...rest } = extra;
  return {
    requests: entries.length,
    internal: count('internal'),
    upstream: count('upstream'),
    external: count('external'),
    none: count('none'),
    ...rest,
    bytes: {
      domain: bytes((e) => e.servedBy === 'internal' || e.servedBy === 'upstream'),
      external: bytes((e) => e.servedBy === 'external'),
    },
    fileRequests: { npm: files('npm'), pip: files('pypi'), go: goZipRequests },
    revalidated: assets.filter((e) => e.status === 304).length,
  };
}

export const NO_TRAFFIC: Traffic = summarize([], {
  externalAssets: 0,
  externalMetadata: 0,
  goProxyRequests: 0,
  goZipRequests: 0,
});
