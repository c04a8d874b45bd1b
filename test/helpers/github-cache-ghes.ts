/**
 * GitHub Enterprise Server's cache service (v1), locally: the REST API @actions/cache 6 calls at
 * `$ACTIONS_CACHE_URL_apis/artifactcache/` (look up, reserve, upload chunks with Content-Range, commit with
 * the size) and the archive served at the `archiveLocation` it hands out, over plain http. For a URL not on
 * Azure Blob, @actions/cache downloads with one plain GET (no Range, no token), so that is all it serves.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CacheEntries, hasBearer, readBody, serveLocal, type CacheEntry } from './github-cache-entries.js';

/** Where the runner's ACTIONS_CACHE_URL points: a path under the server, ending in `/` as on GHES. */
const BASE = '/_services/artifactcache/ghes/';
const API = `${BASE}_apis/artifactcache/`;
/** The Accept header @actions/cache sends with every API call. */
const ACCEPT = 'application/json;api-version=6.0-preview.1';

interface Upload {
  /** A secret in the archive URL, as GHES signs it: the download carries no token. */
  readonly signature: string;
  readonly chunks: Map<number, Buffer>;
  archive?: Buffer;
}

export interface GhesCacheFaults {
  /** Answer the commit with 400, as for a size that does not add up. */
  rejectCommit?: boolean;
  /** Serve every archive with bytes flipped in its middle (same length). */
  corruptDownload?: boolean;
}

export interface GhesCacheService {
  /** ACTIONS_CACHE_URL */
  readonly url: string;
  readonly token: string;
  /** What a GHES runner gives a job: its server URL (not github.com), ACTIONS_CACHE_URL, the token. */
  readonly env: { GITHUB_SERVER_URL: string; ACTIONS_CACHE_URL: string; ACTIONS_RUNTIME_TOKEN: string };
  /** `<call> <status>` in order: lookup, list, reserve, upload, commit, download (and `refused 401`). */
  readonly calls: string[];
  /** Reserved sizes and Content-Range headers, for checking what @actions/cache sent. */
  readonly sent: string[];
  readonly faults: GhesCacheFaults;
  stop(): Promise<void>;
}

/** Answers and records `<call> <status>`; a Buffer body goes out as bytes, anything else as JSON. */
type Reply = (call: string, status: number, body?: unknown) => void;

export async function startGhesCacheService(): Promise<GhesCacheService> {
  const token = `runtime-${randomUUID()}`;
  const entries = new CacheEntries<Upload>();
  const calls: string[] = [];
  const sent: string[] = [];
  const faults: GhesCacheFaults = {};
  const api = new Api(entries, sent, faults);
  const server = await serveLocal((req, res) => {
    const reply: Reply = (call, status, body) => {
      calls.push(`${call} ${status}`);
      const bytes = Buffer.isBuffer(body)
        ? body
        : Buffer.from(body === undefined ? '' : JSON.stringify(body));
      const type = Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json';
      const headers = body === undefined ? {} : { 'content-type': type, 'content-length': bytes.length };
      res.writeHead(status, headers).end(bytes);
    };
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname.startsWith('/archives/')) return api.download(url, reply);
    if (!url.pathname.startsWith(API)) return reply('unknown', 404, { message: `no route ${url.pathname}` });
    if (!hasBearer(req, token)) return reply('refused', 401, { message: 'bad ACTIONS_RUNTIME_TOKEN' });
    if (req.headers.accept !== ACCEPT) return reply('refused', 400, { message: 'unexpected Accept' });
    void api.route(req, url.pathname.slice(API.length), url.searchParams, reply);
  });
  const url = `${server.origin}${BASE}`;
  return {
    url,
    token,
    env: {
      GITHUB_SERVER_URL: 'https://ghes.acme.example',
      ACTIONS_CACHE_URL: url,
      ACTIONS_RUNTIME_TOKEN: token,
    },
    calls,
    sent,
    faults,
    stop: () => server.close(),
  };
}

/** The v1 API's calls. */
class Api {
  constructor(
    private readonly entries: CacheEntries<Upload>,
    private readonly sent: string[],
    private readonly faults: GhesCacheFaults,
  ) {}

  async route(req: IncomingMessage, resource: string, query: URLSearchParams, reply: Reply): Promise<void> {
    const body = await readBody(req);
    const id = /^caches\/(\d+)$/.exec(resource)?.[1];
    const entry = id === undefined ? undefined : this.entries.byId(Number(id));
    const origin = `http://${req.headers.host ?? ''}`;
    if (req.method === 'GET' && resource === 'cache') return this.lookup(origin, query, reply);
    // Asked only with debug logging on, after a miss.
    if (req.method === 'GET' && resource === 'caches') return reply('list', 200, { totalCount: 0 });
    if (req.method === 'POST' && resource === 'caches') return this.reserve(body, reply);
    if (entry === undefined || entry.committed) return reply('unknown', 404, { message: `no ${resource}` });
    if (req.method === 'PATCH') return this.upload(entry, req.headers['content-range'], body, reply);
    if (req.method === 'POST') return this.commit(entry, body, reply);
    reply('unknown', 405, { message: `${req.method ?? ''} ${resource}` });
  }

  private lookup(origin: string, query: URLSearchParams, reply: Reply): void {
    const keys = (query.get('keys') ?? '').split(',');
    const hit = this.entries.match(keys, query.get('version') ?? '');
    if (hit === undefined) return reply('lookup', 204);
    const archiveLocation = `${origin}/archives/${hit.id}?sig=${hit.data.signature}`;
    reply('lookup', 200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation });
  }

  private reserve(body: Buffer, reply: Reply): void {
    const { key, version, cacheSize } = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    this.sent.push(`reserve ${String(key)} cacheSize=${String(cacheSize)}`);
    const upload = { signature: randomUUID(), chunks: new Map<number, Buffer>() };
    const entry = this.entries.reserve(String(key), String(version), upload);
    if (entry === undefined)
      return reply('reserve', 409, { message: `Cache already exists: ${String(key)}` });
    reply('reserve', 201, { cacheId: entry.id });
  }

  private upload(entry: CacheEntry<Upload>, range: string | undefined, body: Buffer, reply: Reply): void {
    this.sent.push(`upload ${range ?? '(no Content-Range)'}`);
    const [, start, end] = /^bytes (\d+)-(\d+)\/\*$/.exec(range ?? '') ?? [];
    if (start === undefined || Number(end) - Number(start) + 1 !== body.length) {
      return reply('upload', 400, { message: `Content-Range ${range ?? ''} for ${body.length} bytes` });
    }
    entry.data.chunks.set(Number(start), body);
    reply('upload', 204);
  }

  /** Joins the chunks; they must cover 0..size-1 exactly. */
  private commit(entry: CacheEntry<Upload>, body: Buffer, reply: Reply): void {
    const { size } = JSON.parse(body.toString('utf8')) as { size?: unknown };
    const starts = [...entry.data.chunks.keys()].sort((a, b) => a - b);
    const archive = Buffer.concat(starts.map((s) => entry.data.chunks.get(s) ?? Buffer.alloc(0)));
    let next = 0;
    for (const start of starts)
      next = start === next ? next + (entry.data.chunks.get(start)?.length ?? 0) : -1;
    if (this.faults.rejectCommit || next !== archive.length || size !== archive.length) {
      return reply('commit', 400, { message: `size ${String(size)}, uploaded ${next} contiguous bytes` });
    }
    entry.data.archive = archive;
    this.entries.commit(entry);
    reply('commit', 204);
  }

  download(url: URL, reply: Reply): void {
    const entry = this.entries.byId(Number(url.pathname.slice('/archives/'.length)));
    const archive = entry?.data.archive;
    if (
      entry === undefined ||
      archive === undefined ||
      url.searchParams.get('sig') !== entry.data.signature
    ) {
      return reply('download', 403, { message: 'bad archive signature' });
    }
    const body = Buffer.from(archive);
    if (this.faults.corruptDownload) randomBytes(64).copy(body, body.length >> 1);
    reply('download', 200, body);
  }
}
