/** A stand-in for GitHub's cache service (Twirp JSON, as @actions/cache 6's generated client speaks it). */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

interface Entry {
  key: string;
  version: string;
  blob: string;
  finalized: boolean;
  at: number;
}

type Handler = (body: Record<string, unknown>) => Record<string, unknown>;

/** The three CacheService methods over Twirp JSON, keeping entries in memory. */
export function twirpServer(
  token: string,
  calls: string[],
  signedUrl: (blob: string, perms: string) => string,
): Server {
  const entries: Entry[] = [];
  const newest = (match: (e: Entry) => boolean) =>
    entries.filter((e) => e.finalized && match(e)).sort((a, b) => b.at - a.at)[0];
  const handlers: Record<string, Handler> = {
    CreateCacheEntry: ({ key, version }) => {
      if (entries.some((e) => e.key === key && e.version === version)) {
        return { ok: false, message: `cache entry with key ${String(key)} already exists` };
      }
      const entry = {
        key: String(key),
        version: String(version),
        blob: randomUUID(),
        finalized: false,
        at: 0,
      };
      entries.push(entry);
      return { ok: true, signed_upload_url: signedUrl(entry.blob, 'cw') };
    },
    FinalizeCacheEntryUpload: ({ key, version }) => {
      const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized);
      if (entry === undefined) return { ok: false, message: 'no reserved entry' };
      Object.assign(entry, { finalized: true, at: Date.now() + entries.length / 1000 });
      return { ok: true, entry_id: String(entries.indexOf(entry) + 1) };
    },
    GetCacheEntryDownloadURL: ({ key, restore_keys: restoreKeys, version }) => {
      const sameVersion = (e: Entry) => e.version === version;
      const prefixes = [String(key), ...((restoreKeys as string[] | undefined) ?? [])];
      const hit =
        newest((e) => sameVersion(e) && e.key === key) ??
        prefixes
          .map((p) => newest((e) => sameVersion(e) && e.key.startsWith(p)))
          .find((e) => e !== undefined);
      if (hit === undefined) return { ok: false };
      return { ok: true, signed_download_url: signedUrl(hit.blob, 'r'), matched_key: hit.key };
    },
  };
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = (req.url ?? '').startsWith(SERVICE) ? (req.url ?? '').slice(SERVICE.length) : '';
      const handler = handlers[method];
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== `Bearer ${token}`)
        return reply(401, { code: 'unauthenticated', msg: 'bad token' });
      if (handler === undefined) return reply(404, { code: 'bad_route', msg: `no method ${method}` });
      calls.push(method);
      reply(
        200,
        handler(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>),
      );
    });
  });
}
