/**
 * A real forward proxy (the `proxy` package: CONNECT tunnels and absolute-form HTTP, like Squid) with its
 * own log, and a tap in front of a server that records, for every request the server gets, whether it
 * came through that proxy (the proxy adds a `Via` header to what it forwards).
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProxy } from 'proxy';

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

export interface ForwardProxy {
  readonly url: string;
  /** `GET http://host:port/path` for proxied requests, `CONNECT host:port` for tunnels. */
  readonly log: string[];
  stop(): Promise<void>;
}

export async function startForwardProxy(): Promise<ForwardProxy> {
  const log: string[] = [];
  const server = createServer();
  // Listeners added before createProxy's own ones see every request first.
  server.on('request', (req) => void log.push(`${req.method} ${req.url}`));
  server.on('connect', (req) => void log.push(`CONNECT ${req.url}`));
  createProxy(server);
  const url = await listen(server);
  return { url, log, stop: () => close(server) };
}

export interface Tap {
  /** Point clients here instead of at the server. */
  readonly endpoint: string;
  /** Every request the server behind got: method, path and whether the proxy forwarded it. */
  /** `accessKeyId` is the SigV4 signer's key id and region (`ASIA… eu-west-1`), when signed. */
  readonly seen: { method: string; path: string; viaProxy: boolean; accessKeyId?: string }[];
  stop(): Promise<void>;
}

/** Passes every request on to `target` unchanged (Host included, so signatures still match). */
export async function startTap(target: string): Promise<Tap> {
  const seen: Tap['seen'] = [];
  const to = new URL(target);
  const server = createServer((req, res) => {
    // SigV4: `Credential=<key id>/<date>/<region>/<service>/aws4_request`.
    const scope = /Credential=([^/,\s]+)\/\d+\/([^/]+)\//.exec(String(req.headers.authorization));
    seen.push({
      method: req.method ?? '',
      path: req.url ?? '',
      viaProxy: /\(proxy\//.test(String(req.headers.via)),
      ...(scope === null ? {} : { accessKeyId: `${scope[1] ?? ''} ${scope[2] ?? ''}` }),
    });
    const onward = request(
      { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    onward.on('error', () => res.destroy());
    req.pipe(onward);
  });
  const endpoint = await listen(server);
  return { endpoint, seen, stop: () => close(server) };
}
