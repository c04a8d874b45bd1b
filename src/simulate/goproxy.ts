/**
 * A local Go module proxy (the GOPROXY protocol on loopback). CodeArtifact has no Go
 * format, so the Go sidecar resolves through a platform-owned proxy like this one; it counts what it serves.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { zip } from '../emulator/public/archive.js';

/** One module version the proxy serves: its files besides go.mod. */
export interface GoModuleFixture {
  readonly path: string;
  readonly version: string;
  readonly files: Readonly<Record<string, string>>;
}

/** The sidecar's dependencies: one internal module and one mirrored from elsewhere. */
export const GO_MODULES: readonly GoModuleFixture[] = [
  {
    path: 'git.acme.example/platform/log',
    version: 'v1.2.0',
    files: {
      'log.go':
        'package log\n\n// Line formats one log line.\nfunc Line(s string) string { return "acme: " + s }\n',
    },
  },
  {
    path: 'mirror.acme.example/text/strcase',
    version: 'v0.3.0',
    files: {
      'strcase.go':
        'package strcase\n\nimport "strings"\n\n// Upper upper-cases s.\nfunc Upper(s string) string { return strings.ToUpper(s) }\n',
    },
  },
];

const goMod = (m: GoModuleFixture): string => `module ${m.path}\n\ngo 1.19\n`;

/** A running proxy; `requests` and `bytes` grow with every answer. */
export interface GoProxy {
  readonly url: string;
  readonly requests: string[];
  readonly bytes: { served: number };
  close(): Promise<void>;
}

/** The answer to one GOPROXY request (`/<module>/@v/list`, `.info`, `.mod`, `.zip`), or undefined (404). */
export function goProxyAnswer(url: string, modules: readonly GoModuleFixture[]): Buffer | string | undefined {
  const match = /^\/(.+)\/@v\/(list|(v[^/]+)\.(info|mod|zip))$/.exec(url);
  const versions = modules.filter((m) => m.path === match?.[1]);
  if (match === null || versions.length === 0) return undefined;
  if (match[2] === 'list') return versions.map((m) => `${m.version}\n`).join('');
  const m = versions.find((v) => v.version === match[3]);
  if (m === undefined) return undefined;
  if (match[4] === 'info') return JSON.stringify({ Version: m.version, Time: '2024-01-02T03:04:05Z' });
  if (match[4] === 'mod') return goMod(m);
  const prefix = `${m.path}@${m.version}/`;
  const files = { 'go.mod': goMod(m), ...m.files };
  return zip(
    Object.entries(files).map(([name, text]) => ({ path: prefix + name, content: Buffer.from(text) })),
  );
}

/**
 * Serves `modules` on 127.0.0.1: plain http (go never sends credentials over it), or HTTPS with `tls` (e.g.
 * the emulator's server key pair, valid for 127.0.0.1) so go's certificate check runs.
 */
export async function startGoProxy(
  modules: readonly GoModuleFixture[] = GO_MODULES,
  tls?: { key: string; cert: string },
): Promise<GoProxy> {
  const requests: string[] = [];
  const bytes = { served: 0 };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    requests.push(req.url ?? '');
    const body = goProxyAnswer(req.url ?? '', modules);
    if (body !== undefined) bytes.served += Buffer.byteLength(body);
    res.writeHead(body === undefined ? 404 : 200).end(body ?? 'not found');
  };
  const server: Server = tls ? createTlsServer(tls, handler) : createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    bytes,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
