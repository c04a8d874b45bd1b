/**
 * Every data-plane request, with where it was satisfied. Tests and `simulate` read it to prove claims such
 * as "a warm build makes zero external fetches" and "each tarball is fetched once".
 */

/** Where a request was satisfied. */
export type ServedBy =
  | 'internal' // the requested repository held it (published there, or retained there earlier)
  | 'upstream' // a retained copy in an upstream repository of the domain
  | 'external' // fetched through an external connection during this request
  | 'none'; // refused or not found

export interface AuditEntry {
  seq: number;
  /** Epoch milliseconds. */
  time: number;
  method: string;
  path: string;
  format: 'npm' | 'pypi';
  domain: string;
  repository: string;
  kind: 'metadata' | 'asset' | 'publish' | 'other';
  package?: string;
  version?: string;
  asset?: string;
  status: number;
  servedBy: ServedBy;
  /** Repository name or external connection name that satisfied it. */
  servedFrom?: string;
  bytes: number;
  durationMs: number;
}

export interface AuditCounters {
  requests: number;
  byServedBy: Record<ServedBy, number>;
  /** External fetches through external connections, split by what was fetched. */
  externalFetches: { metadata: number; assets: number; bytes: number };
  /** External asset fetches per asset key (`<format>:<package>/<asset>`): "fetched once per tarball". */
  externalFetchesPerAsset: Record<string, number>;
}

export class AuditLog {
  private log: AuditEntry[] = [];
  private seq = 0;
  private perAsset: Record<string, number> = {};
  private external = { metadata: 0, assets: 0, bytes: 0 };

  /** Record a finished data-plane request. */
  record(entry: Omit<AuditEntry, 'seq'>): AuditEntry {
    const full = { seq: ++this.seq, ...entry };
    this.log.push(full);
    return full;
  }

  /** Count one fetch through an external connection (called by whoever performs it). */
  externalFetch(kind: 'metadata' | 'asset', key: string, bytes: number): void {
    if (kind === 'metadata') this.external.metadata++;
    else {
      this.external.assets++;
      this.perAsset[key] = (this.perAsset[key] ?? 0) + 1;
    }
    this.external.bytes += bytes;
  }

  /** Entries after a sequence number (0 = all). */
  entries(since = 0): AuditEntry[] {
    return this.log.filter((e) => e.seq > since);
  }

  get lastSeq(): number {
    return this.seq;
  }

  counters(): AuditCounters {
    const byServedBy: Record<ServedBy, number> = { internal: 0, upstream: 0, external: 0, none: 0 };
    for (const e of this.log) byServedBy[e.servedBy]++;
    return {
      requests: this.log.length,
      byServedBy,
      externalFetches: { ...this.external },
      externalFetchesPerAsset: { ...this.perAsset },
    };
  }

  /** Forget everything (sequence numbers keep increasing so `since` cursors stay valid). */
  reset(): void {
    this.log = [];
    this.perAsset = {};
    this.external = { metadata: 0, assets: 0, bytes: 0 };
  }
}
