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

/** One page of the log: entries after a cursor, and how many after it are no longer held. */
export interface AuditPage {
  entries: AuditEntry[];
  /** Entries after `since` that were overwritten (the log holds the newest `capacity`) or reset away. */
  dropped: number;
  lastSeq: number;
}

/** How many entries the log holds by default: many full builds (~600 requests each), a few MB. */
export const DEFAULT_AUDIT_CAPACITY = 10_000;

/**
 * A ring buffer of the newest `capacity` entries plus running counters, so memory stays flat however long
 * the emulator serves; a reader whose cursor fell behind is told how many entries it missed.
 */
export class AuditLog {
  private readonly ring: (AuditEntry | undefined)[];
  private seq = 0;
  /** The oldest sequence number still held (entries before it were overwritten or reset). */
  private oldest = 1;
  private requests = 0;
  private byServedBy: Record<ServedBy, number> = { internal: 0, upstream: 0, external: 0, none: 0 };
  private perAsset: Record<string, number> = {};
  private external = { metadata: 0, assets: 0, bytes: 0 };

  constructor(readonly capacity = DEFAULT_AUDIT_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error('The audit capacity must be at least 1');
    this.ring = new Array<AuditEntry | undefined>(capacity);
  }

  /** Record a finished data-plane request. */
  record(entry: Omit<AuditEntry, 'seq'>): AuditEntry {
    const full = { seq: ++this.seq, ...entry };
    this.ring[full.seq % this.capacity] = full;
    this.oldest = Math.max(this.oldest, full.seq - this.capacity + 1);
    this.requests++;
    this.byServedBy[full.servedBy]++;
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

  /** Entries after a sequence number (0 = all still held). */
  entries(since = 0): AuditEntry[] {
    return this.page(since).entries;
  }

  /** Entries after `since`, oldest first, and how many after it the log no longer holds. */
  page(since = 0): AuditPage {
    const from = Math.max(since + 1, this.oldest);
    const entries: AuditEntry[] = [];
    for (let seq = from; seq <= this.seq; seq++) entries.push(this.ring[seq % this.capacity] as AuditEntry);
    return {
      entries,
      dropped: Math.max(0, Math.min(this.oldest, this.seq + 1) - (since + 1)),
      lastSeq: this.seq,
    };
  }

  get lastSeq(): number {
    return this.seq;
  }

  counters(): AuditCounters {
    return {
      requests: this.requests,
      byServedBy: { ...this.byServedBy },
      externalFetches: { ...this.external },
      externalFetchesPerAsset: { ...this.perAsset },
    };
  }

  /** Forget everything (sequence numbers keep increasing so `since` cursors stay valid). */
  reset(): void {
    this.ring.fill(undefined);
    this.oldest = this.seq + 1;
    this.requests = 0;
    this.byServedBy = { internal: 0, upstream: 0, external: 0, none: 0 };
    this.perAsset = {};
    this.external = { metadata: 0, assets: 0, bytes: 0 };
  }
}
