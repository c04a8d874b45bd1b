/** Turns the emulator's audit log into per-phase traffic figures. */
import type { AuditEntry, AuditLog } from '../emulator/audit.js';
import type { GoProxy } from './goproxy.js';
import type { Traffic } from './types.js';

/** A cursor into the audit log and the Go proxy's request list, taken before a phase. */
export interface TrafficMark {
  readonly seq: number;
  readonly external: { metadata: number; assets: number };
  readonly goRequests: number;
}

export function mark(audit: AuditLog, go: GoProxy | undefined): TrafficMark {
  const { metadata, assets } = audit.counters().externalFetches;
  return { seq: audit.lastSeq, external: { metadata, assets }, goRequests: go?.requests.length ?? 0 };
}

/** Traffic since `from`. */
export function since(audit: AuditLog, go: GoProxy | undefined, from: TrafficMark): Traffic {
  const now = mark(audit, go);
  return summarize(audit.entries(from.seq), {
    externalAssets: now.external.assets - from.external.assets,
    externalMetadata: now.external.metadata - from.external.metadata,
    goProxyRequests: now.goRequests - from.goRequests,
  });
}

/** Pure: counts and bytes by where each request was satisfied. */
export function summarize(
  entries: readonly AuditEntry[],
  extra: Pick<Traffic, 'externalAssets' | 'externalMetadata' | 'goProxyRequests'>,
): Traffic {
  const count = (s: AuditEntry['servedBy']) => entries.filter((e) => e.servedBy === s).length;
  const bytes = (pred: (e: AuditEntry) => boolean) =>
    entries.filter(pred).reduce((sum, e) => sum + e.bytes, 0);
  return {
    requests: entries.length,
    internal: count('internal'),
    upstream: count('upstream'),
    external: count('external'),
    none: count('none'),
    ...extra,
    bytes: {
      domain: bytes((e) => e.servedBy === 'internal' || e.servedBy === 'upstream'),
      external: bytes((e) => e.servedBy === 'external'),
    },
  };
}

/** Adds traffic figures (a build = the sum of its phases). */
export function addTraffic(a: Traffic, b: Traffic): Traffic {
  return {
    requests: a.requests + b.requests,
    internal: a.internal + b.internal,
    upstream: a.upstream + b.upstream,
    external: a.external + b.external,
    none: a.none + b.none,
    externalAssets: a.externalAssets + b.externalAssets,
    externalMetadata: a.externalMetadata + b.externalMetadata,
    bytes: { domain: a.bytes.domain + b.bytes.domain, external: a.bytes.external + b.bytes.external },
    goProxyRequests: a.goProxyRequests + b.goProxyRequests,
  };
}

export const NO_TRAFFIC: Traffic = summarize([], {
  externalAssets: 0,
  externalMetadata: 0,
  goProxyRequests: 0,
});
