/** A stand-in for GitHub's cache service (Twirp JSON, as @actions/cache 6's generated client speaks it). */
import { randomUUID } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { CacheEntries, hasBearer, readBody } from './github-cache-entries.js';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

type Handler = (body: Record<string, unknown>) => Record<string, unknown>;

/** The three CacheService methods over Twirp JSON, keeping entries (each an Azurite blob name) in memory. */
export function twirpHandler(
  token: string,
  calls: string[],
  signedUrl: (blob: string, perms: string) => string,
): RequestListener {
  const entries = new CacheEntries<string>();
  const handlers: Record<string, Handler> = {
    CreateCacheEntry: ({ key, version }) => {
      const entry = entries.reserve(String(key), String(version), randomUUID());
      if (entry === undefined) {
        return { ok: false, message: `cache entry with key ${String(key)} already exists` };
      }
      return { ok: true, signed_upload_url: signedUrl(entry.data, 'cw') };
    },
    FinalizeCacheEntryUpload: ({ key, version }) => {
      const entry = entries.pending(String(key), String(version));
      if (entry === undefined) return { ok: false, message: 'no reserved entry' };
      entries.commit(entry);
      return { ok: true, entry_id: String(entry.id) };
    },
    GetCacheEntryDownloadURL: ({ key, restore_keys: restoreKeys, version }) => {
      const keys = [String(key), ...((restoreKeys as string[] | undefined) ?? [])];
      const hit = entries.match(keys, String(version));
      if (hit === undefined) return { ok: false };
      return { ok: true, signed_download_url: signedUrl(hit.data, 'r'), matched_key: hit.key };
    },
  };
  return (req, res) => {
    void readBody(req).then((body) => {
      const method = (req.url ?? '').startsWith(SERVICE) ? (req.url ?? '').slice(SERVICE.length) : '';
      const handler = handlers[method];
      const reply = (status: number, answer: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      };
      if (!hasBearer(req, token)) return reply(401, { code: 'unauthenticated', msg: 'bad token' });
      if (handler === undefined) return reply(404, { code: 'bad_route', msg: `no method ${method}` });
      calls.push(method);
      reply(200, handler(JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>));
    });
  };
}
