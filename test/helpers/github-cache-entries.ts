/**
 * What GitHub's two cache services (v2 Twirp on github.com, v1 REST on GHES) have in common, for their
 * stand-ins: entries reserved, then committed, looked up the way GitHub matches keys; a local HTTP server.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';

export interface CacheEntry<T> {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  /** What the service keeps for the entry (a blob name, uploaded chunks…). */
  readonly data: T;
  committed: boolean;
  /** When it was committed: orders "newest first". */
  at: number;
}

/** Entries in memory. A key + version is taken from its reservation on, committed or not. */
export class CacheEntries<T> {
  private readonly entries: CacheEntry<T>[] = [];
  private commits = 0;

  /** A new uncommitted entry, or undefined when the key + version is taken. */
  reserve(key: string, version: string, data: T): CacheEntry<T> | undefined {
    if (this.entries.some((e) => e.key === key && e.version === version)) return undefined;
    const entry = { id: this.entries.length + 1, key, version, data, committed: false, at: 0 };
    this.entries.push(entry);
    return entry;
  }

  byId(id: number): CacheEntry<T> | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** The reserved, not yet committed entry for key + version. */
  pending(key: string, version: string): CacheEntry<T> | undefined {
    return this.entries.find((e) => e.key === key && e.version === version && !e.committed);
  }

  commit(entry: CacheEntry<T>): void {
    // A counter, not the clock alone: two commits in the same millisecond still have an order.
    this.commits += 1;
    Object.assign(entry, { committed: true, at: Date.now() * 1000 + this.commits });
  }

  /**
   * GitHub's matching, within one version: the primary key exactly, then each of [primary, ...restore
   * keys] as a prefix; the newest committed entry wins each step.
   */
  match(keys: readonly string[], version: string): CacheEntry<T> | undefined {
    const newest = (test: (key: string) => boolean) =>
      this.entries
        .filter((e) => e.committed && e.version === version && test(e.key))
        .sort((a, b) => b.at - a.at)[0];
    const [primary = ''] = keys;
    return (
      newest((key) => key === primary) ??
      keys.map((prefix) => newest((key) => key.startsWith(prefix))).find((e) => e !== undefined)
    );
  }
}

export const hasBearer = (req: IncomingMessage, token: string): boolean =>
  req.headers.authorization === `Bearer ${token}`;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface LocalServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** `handler` on 127.0.0.1 at a free port. */
export async function serveLocal(handler: RequestListener): Promise<LocalServer> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
