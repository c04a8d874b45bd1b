/**
 * The emulator's own attack surface: bodies bounded before they are buffered and before any signature or
 * token is checked, malformed percent escapes answered 400 (never 500, never a stack trace), and an audit
 * log that holds a bounded number of entries while its API says what was dropped.
 */
import { connect } from 'node:net';
import { AuditLog } from '../../src/emulator/audit.js';
import { CONTROL_PLANE_MAX_BODY, DATA_PLANE_MAX_BODY } from '../../src/emulator/body.js';
import { MAX_CACHED_PACKAGES, remember } from '../../src/emulator/data/external/metadata.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { Store, TOKEN_SWEEP_EVERY } from '../../src/emulator/store.js';

const OWNER = '111122223333';
const REPO = `/npm/d/acme-${OWNER}/internal`;
let emu: RunningEmulator;
let token: string;

beforeAll(async () => {
  // Real SigV4 verification, and an audit log of 5 entries so dropping shows quickly.
  emu = await startEmulator({
    credentials: { accessKeyId: 'AKIDSURFACE', secretAccessKey: 's' },
    auditCapacity: 5,
  });
  token = 'surface-test-token';
  emu.ctx.store.addToken(token, { domain: 'acme', owner: OWNER, expiresAt: Date.now() + 3_600_000 });
});
afterAll(() => emu?.close());

interface RawAnswer {
  status: number;
  head: string;
  body: string;
  /** Body bytes the server let through before it stopped reading (closed or reset the connection). */
  sent: number;
}

/**
 * One request over a raw socket: `target` exactly as given (no client-side escaping or validation), and
 * an optional body of `bodyBytes` streamed in 64 KiB chunks until the server answers or closes.
 */
function raw(method: string, target: string, headers: string[] = [], bodyBytes = 0): Promise<RawAnswer> {
  const { port } = new URL(emu.endpoint);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = () => {
      while (!answered && !socket.destroyed && sent < bodyBytes) {
        sent += chunk.length;
        if (!socket.write(sent > bodyBytes ? chunk.subarray(0, chunk.length - (sent - bodyBytes)) : chunk)) {
          return void socket.once('drain', pump);
        }
      }
    };
    socket.on('connect', () => {
      socket.write(
        `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`,
      );
      pump();
    });
    socket.on('data', (data) => {
      answered = true;
      text += data.toString('latin1');
    });
    socket.on('error', () => undefined); // a reset after the answer is the point of some cases
    socket.on('close', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      if (status === 0) return reject(new Error(`no answer to ${method} ${target}`));
      resolve({ status, head, body, sent });
    });
    socket.setTimeout(20_000, () => socket.destroy());
  });
}

const STACK = /\bat [\w.<>]+ \(|\.(?:ts|js):\d+:\d+/;

describe('bodies are bounded before buffering and before authentication', () => {
  it('a control-plane POST declaring 1.5 GiB: 413 from its headers, unsigned, no byte read', async () => {
    const r = await raw('POST', '/v1/domain?domain=x', [`Content-Length: ${1.5 * 2 ** 30}`]);
    expect(r.status).toBe(413);
    expect(r.head).toMatch(/x-amzn-ErrorType: RequestEntityTooLargeException/i);
    expect(JSON.parse(r.body)).toEqual({
      message: `The request body is larger than ${CONTROL_PLANE_MAX_BODY} bytes`,
    });
  });

  it('a chunked, unsigned control-plane body: refused once it passes the limit, the rest never read', async () => {
    const big = await rawChunked('/v1/domain?domain=x', 64 * 2 ** 20);
    expect(big.status).toBe(413);
    // Without the bound the server reads all 64 MiB (then answers 403 for the missing signature).
    expect(big.sent).toBeLessThan(CONTROL_PLANE_MAX_BODY + 8 * 2 ** 20);
  });

  it('a data-plane publish declaring more than any upload may be: 413, before the token is looked at', async () => {
    const r = await raw('PUT', `${REPO}/big-package`, [`Content-Length: ${DATA_PLANE_MAX_BODY + 1}`]);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).message).toBe(`The request body is larger than ${DATA_PLANE_MAX_BODY} bytes`);
  });

  it('a signed, small control-plane request still works (the bound refuses only what is over it)', async () => {
    const r = await raw('GET', `/v1/domain?domain=acme&domain-owner=${OWNER}`, ['Content-Length: 2'], 2);
    expect(r.status).toBe(403); // unsigned: the signature check runs, as before
    expect(r.head).toMatch(/x-amzn-ErrorType: MissingAuthenticationTokenException/i);
  });
});

/** A chunked upload of `total` bytes, stopped as soon as the server answers or closes. */
async function rawChunked(target: string, total: number): Promise<RawAnswer> {
  const { port } = new URL(emu.endpoint);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunk = Buffer.concat([Buffer.from('10000\r\n'), Buffer.alloc(0x10000, 0x61), Buffer.from('\r\n')]);
    let sent = 0;
    let text = '';
    const pump = () => {
      while (text === '' && !socket.destroyed && sent < total) {
        sent += 0x10000;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
      if (sent >= total && !socket.destroyed) socket.write('0\r\n\r\n');
    };
    socket.on('connect', () => {
      socket.write(`POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n`);
      pump();
    });
    socket.on('data', (d) => {
      text += d.toString('latin1');
      if (/\r\n\r\n/.test(text)) socket.destroy();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      if (status === 0) return reject(new Error('no answer'));
      resolve({ status, head: text, body: '', sent });
    });
  });
}

describe('malformed percent escapes are 400, never 500, and no answer carries a stack trace', () => {
  const auth = () => [`Authorization: Bearer ${token}`];
  it.each([
    ['the repository segment', `/npm/d/acme-${OWNER}/%zz/left-pad`],
    ['a truncated escape in the repository', `/npm/d/acme-${OWNER}/internal%E0%A4%A/left-pad`],
    ['the npm package path', `${REPO}/%E0%A4%A`],
    ['the npm tarball path', `${REPO}/left-pad/-/%zz.tgz`],
    ['the pypi project', `/pypi/d/acme-${OWNER}/internal/simple/%zz/`],
    ['the pypi file', `/pypi/d/acme-${OWNER}/internal/simple/x/%/`],
    ['a protocol-relative target', '//attacker.example/v1/domain'],
    ['the audit cursor', '/_emulator/audit?since=%zz'],
    ['a control-plane path', '/v1/%zz'],
    ['a control-plane query', `/v1/domain?domain=%zz&domain-owner=${OWNER}`],
  ])('%s', async (_where, target) => {
    const r = await raw('GET', target, auth());
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.body).not.toMatch(STACK);
  });

  it.each([
    ['the npm registry', '/%zz'],
    ['the pypi index', '/simple/%zz/'],
  ])('the embedded public registry: %s', async (_where, path) => {
    const base = new URL(
      path.startsWith('/simple') ? emu.publicRegistry!.pypiUrl : emu.publicRegistry!.npmUrl,
    );
    const res = await fetch(`${base.origin}${base.pathname.replace(/\/$/, '')}${path}`);
    expect([400, 404]).toContain(res.status);
    expect(await res.text()).not.toMatch(STACK);
  });
});

describe('the audit log is bounded', () => {
  it('holds the newest entries and counts every request', () => {
    const log = new AuditLog(3);
    const entry = { time: 0, method: 'GET', path: '/', format: 'npm' as const, domain: 'd', repository: 'r' };
    for (let i = 0; i < 5; i++)
      log.record({ ...entry, kind: 'other', status: 200, servedBy: 'internal', bytes: 1, durationMs: 0 });
    expect(log.page(0)).toMatchObject({ dropped: 2, lastSeq: 5 });
    expect(log.page(0).entries.map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(log.page(3)).toMatchObject({ dropped: 0, entries: [{ seq: 4 }, { seq: 5 }] });
    expect(log.page(9)).toEqual({ entries: [], dropped: 0, lastSeq: 5 });
    expect(log.counters()).toMatchObject({ requests: 5, byServedBy: { internal: 5 } });
    log.reset();
    expect(log.page(4)).toEqual({ entries: [], dropped: 1, lastSeq: 5 });
  });

  it('through the API: since=0 after 12 requests returns the newest 5 and says 7 were dropped', async () => {
    await fetch(`${emu.endpoint}/_emulator/audit/reset`, { method: 'POST' });
    const start = emu.ctx.audit.lastSeq;
    for (let i = 0; i < 12; i++) await fetch(`${emu.endpoint}${REPO}/no-such-${i}`);
    const page = (await (await fetch(`${emu.endpoint}/_emulator/audit?since=${start}`)).json()) as {
      entries: { seq: number; path: string }[];
      dropped: number;
      lastSeq: number;
    };
    expect(page.dropped).toBe(7);
    expect(page.entries.map((e) => e.seq)).toEqual([8, 9, 10, 11, 12].map((n) => start + n));
    expect(page.entries.at(-1)?.path).toBe(`${REPO}/no-such-11`);
    const counters = (await (await fetch(`${emu.endpoint}/_emulator/counters`)).json()) as {
      requests: number;
    };
    expect(counters.requests).toBe(12);
  });
});

describe('nothing else grows with traffic', () => {
  it('external metadata (names that do not exist are cached too) keeps only the newest entries', () => {
    const entries = new Map<string, number>();
    for (let i = 0; i < 10; i++) remember(entries, `no-such-package-${i}`, i, 4);
    remember(entries, 'no-such-package-7', 70, 4); // fetched again: newest now
    expect([...entries]).toEqual([
      ['no-such-package-6', 6],
      ['no-such-package-8', 8],
      ['no-such-package-9', 9],
      ['no-such-package-7', 70],
    ]);
    expect(MAX_CACHED_PACKAGES).toBeGreaterThanOrEqual(1000);
  });

  it('expired tokens are forgotten as new ones are issued; live ones stay', () => {
    const store = new Store();
    const past = { domain: 'acme', owner: OWNER, expiresAt: Date.now() - 1 };
    for (let i = 1; i < TOKEN_SWEEP_EVERY; i++) store.addToken(`old-${i}`, past);
    store.addToken('live', { ...past, expiresAt: Date.now() + 60_000 });
    expect(Object.keys(store.state.tokens)).toHaveLength(1);
    expect(store.token('live')).toBeDefined();
  });
});
