import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiskBlobStore, MemoryBlobStore, type BlobStore } from './blobs.js';
import { domainKey, type DomainRecord, type EmulatorState, type TokenRecord } from './types.js';

const STATE_FILE = 'state.json';
/** How many new tokens between sweeps of expired ones (a sweep walks every token). */
export const TOKEN_SWEEP_EVERY = 1000;

/**
 * The emulator's state plus its asset bytes. In memory by default; with a data directory the state is
 * written (atomically, debounced) after every change and read back on start.
 */
export class Store {
  readonly state: EmulatorState;
  readonly blobs: BlobStore;
  private saveTimer: NodeJS.Timeout | undefined;
  private tokensAdded = 0;

  constructor(private readonly dataDir?: string) {
    this.state = { domains: {}, tokens: {} };
    if (!dataDir) {
      this.blobs = new MemoryBlobStore();
      return;
    }
    mkdirSync(dataDir, { recursive: true });
    const disk = new DiskBlobStore(join(dataDir, 'blobs'));
    this.blobs = disk;
    const file = join(dataDir, STATE_FILE);
    if (existsSync(file)) {
      Object.assign(this.state, JSON.parse(readFileSync(file, 'utf8')) as EmulatorState);
      for (const [key, domain] of Object.entries(this.state.domains)) trackAssets(disk, key, domain);
    }
  }

  /** True when state was loaded from a data directory that already held a domain. */
  get isEmpty(): boolean {
    return Object.keys(this.state.domains).length === 0;
  }

  domain(name: string, owner: string): DomainRecord | undefined {
    return this.state.domains[domainKey(owner, name)];
  }

  /** All domains with this name (the caller may omit domain-owner). */
  domainsNamed(name: string): DomainRecord[] {
    return Object.values(this.state.domains).filter((d) => d.name === name);
  }

  addToken(token: string, record: TokenRecord): void {
    this.state.tokens[hashToken(token)] = record;
    // Expired tokens are forgotten now and then, so a long-running emulator does not grow with every token.
    if (++this.tokensAdded % TOKEN_SWEEP_EVERY === 0) this.dropExpiredTokens();
    this.changed();
  }

  /** The token's record if it exists and has not expired. */
  token(token: string, now = Date.now()): TokenRecord | undefined {
    const record = this.state.tokens[hashToken(token)];
    return record && record.expiresAt > now ? record : undefined;
  }

  /** Call after every mutation; persistence is batched. */
  changed(): void {
    if (!this.dataDir || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.flush(), 50);
  }

  /** Write the state file now (also called on shutdown). */
  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.dataDir) return;
    this.dropExpiredTokens();
    const file = join(this.dataDir, STATE_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state), { mode: 0o600 });
    renameSync(tmp, file);
  }

  private dropExpiredTokens(now = Date.now()): void {
    for (const [key, record] of Object.entries(this.state.tokens)) {
      if (record.expiresAt <= now) delete this.state.tokens[key];
    }
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function trackAssets(disk: DiskBlobStore, key: string, domain: DomainRecord): void {
  for (const repo of Object.values(domain.repositories)) {
    for (const pkg of Object.values(repo.packages)) {
      for (const version of Object.values(pkg.versions)) {
        for (const asset of version.assets) disk.track(key, asset.sha256, asset.size);
      }
    }
  }
}
