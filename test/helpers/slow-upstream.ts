import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A stand-in for the internet between the emulator and a public registry: a real HTTP reverse proxy in
 * front of the embedded public registry that adds latency to every answer and counts what arrives —
 * TCP connections, requests per path, the most requests in flight at once. Absolute URLs in bodies
 * (tarball and file links) are rewritten to point back through the proxy, so downloads are counted too.
 */
export interface SlowUpstream {
  /** `http://127.0.0.1:PORT` — the target's URLs with this origin instead. */
  origin: string;
  connections: number;
  /** Every request path, in arrival order. */
  paths: string[];
  inFlight: number;
  maxInFlight: number;
  latencyMs: number;
  /** Fault switch: the next request that arrives on an already used connection is dropped unanswered. */
  dropNextReused: boolean;
  /** Fault switch: package files (npm tarballs, pypi files) arrive with their last byte flipped. */
  corruptFiles: boolean;
  reset(): void;
  close(): Promise<void>;
}

export async function startSlowUpstream(target: string, latencyMs: number): Promise<SlowUpstream> {
  const targetOrigin = new URL(target).origin;
  const served = new WeakMap<Socket, number>();
  const state = {
    origin: '',
    connections: 0,
    paths: [] as string[],
    inFlight: 0,
    maxInFlight: 0,
    latencyMs,
    dropNextReused: false,
    corruptFiles: false,
  };
  const server = createServer((req, res) => {
    const socket = req.socket;
    const count = served.get(socket) ?? 0;
    served.set(socket, count + 1);
    if (count > 0 && state.dropNextReused) {
      state.dropNextReused = false;
      socket.destroy();
      return;
    }
    state.paths.push(req.url ?? '/');
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    void forward(req, res).finally(() => state.inFlight--);
  });
  server.keepAliveTimeout = 60_000;
  server.on('connection', () => state.connections++);

  async function forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    await sleep(state.latencyMs);
    const answer = await new Promise<{ status: number; type: string; body: Buffer }>((resolve, reject) => {
      const headers = req.headers.accept ? { accept: req.headers.accept } : {};
      request(`${targetOrigin}${req.url ?? '/'}`, { headers }, (up) => {
        const chunks: Buffer[] = [];
        up.on('data', (c: Buffer) => chunks.push(c));
        up.on('end', () =>
          resolve({
            status: up.statusCode ?? 502,
            type: String(up.headers['content-type'] ?? 'application/octet-stream'),
            body: Buffer.concat(chunks),
          }),
        );
      })
        .on('error', reject)
        .end();
    }).catch(() => ({ status: 502, type: 'text/plain', body: Buffer.from('target unreachable') }));
    const textual = /json|html|text/.test(answer.type);
    const file = /\/-\/|\/files\//.test(req.url ?? '');
    if (file && state.corruptFiles && answer.body.length > 0) {
      answer.body[answer.body.length - 1] = (answer.body.at(-1) ?? 0) ^ 0xff;
    }
    const body = textual
      ? Buffer.from(answer.body.toString('utf8').split(targetOrigin).join(state.origin))
      : answer.body;
    res.writeHead(answer.status, { 'content-type': answer.type, 'content-length': body.length });
    res.end(body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    reset() {
      Object.assign(state, {
        connections: 0,
        paths: [],
        maxInFlight: 0,
        dropNextReused: false,
        corruptFiles: false,
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
