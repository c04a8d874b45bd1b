/** Small npm projects a step installs to ask one question ("which @acme/auth do I get?"). */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { Agent } from 'node:https';
import { join } from 'node:path';
import {
  AssociateExternalConnectionCommand,
  CodeartifactClient,
  DisassociateExternalConnectionCommand,
} from '@aws-sdk/client-codeartifact';
import { login } from './build.js';
import { sourced, tail, type Host, type RunResult } from './host.js';
import { DOMAIN, DOMAIN_OWNER, type World } from './world.js';

export interface ProbeResult {
  /** Whether login succeeded (a failed login is never the answer a probe is after). */
  readonly loggedIn: boolean;
  readonly r: RunResult;
  /** Version installed of `watch`, when the install succeeded. */
  readonly version: string | undefined;
  /** Versions of `watch` the repository lists (`npm view … versions`), when asked for. */
  readonly listed?: readonly string[];
}

/** `npm install` a project with `dependencies` on `host`, logged in to `domain`'s internal repository. */
export async function npmProbe(
  world: World,
  host: Host,
  name: string,
  dependencies: Record<string, string>,
  watch: string,
  opts: { domain?: string; list?: boolean } = {},
): Promise<ProbeResult> {
  const dir = join(host.root, 'probes', name);
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name, version: '1.0.0', private: true, dependencies }),
  );
  const { r: l, envFile } = await login(world, host, opts.domain ?? DOMAIN);
  if (!envFile) return { loggedIn: false, r: l, version: undefined };
  const r = await sourced(host, envFile, 'npm install', dir);
  const listed = opts.list ? await npmVersions(host, envFile, dir, watch) : undefined;
  const result = { loggedIn: true, r, ...(listed ? { listed } : {}) };
  if (r.code !== 0) return { ...result, version: undefined };
  const manifest = await readFile(join(dir, 'node_modules', watch, 'package.json'), 'utf8').catch(() => '{}');
  return { ...result, version: (JSON.parse(manifest) as { version?: string }).version };
}

/** The versions the logged-in repository lists for a package, read fresh (not from npm's cache). */
async function npmVersions(host: Host, envFile: string, dir: string, pkg: string): Promise<string[]> {
  const r = await sourced(host, envFile, `npm view ${pkg} versions --json --prefer-online`, dir);
  try {
    const parsed = JSON.parse(r.stdout) as unknown;
    return Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
  } catch {
    return [];
  }
}

/** What a probe did, in one line. */
export const probeLine = (p: ProbeResult): string => {
  const listed = p.listed ? `; the repository lists ${p.listed.join(', ') || 'nothing'}` : '';
  if (!p.loggedIn) return `login failed: ${tail(p.r)}`;
  return p.r.code === 0
    ? `installed ${p.version ?? '(nothing)'} in ${(p.r.ms / 1000).toFixed(1)} s${listed}`
    : `failed: ${npmError(p.r) ?? tail(p.r)}${listed}`;
};

/** npm's own line naming the failed request (`npm error 404 Not Found - GET …`), tokens never included. */
function npmError(r: RunResult): string | undefined {
  return r.stderr
    .split('\n')
    .find((l) => /npm error (404|code E)/.test(l) && !/code E404$/.test(l))
    ?.trim();
}

/** Whether the probe failed with npm's 404 for `pkg` itself — not a failed login, not any other error. */
export function failedWith404For(p: ProbeResult, pkg: string): boolean {
  const escaped = pkg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const line = new RegExp(`npm error 404 Not Found - GET \\S+/${escaped}(\\s|$)`, 'm');
  return p.loggedIn && p.r.code !== 0 && line.test(p.r.stderr);
}

/**
 * The control plane of the emulator through the AWS SDK, as an operator would call it. This process started
 * before the emulator made its CA, so NODE_EXTRA_CA_CERTS cannot help: the CA goes to the SDK's agent.
 */
export function controlPlane(world: World): CodeartifactClient {
  const ca = world.emu.tls ? readFileSync(world.emu.tls.caFile) : undefined;
  return new CodeartifactClient({
    endpoint: world.emu.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'simulate-access-key', secretAccessKey: 'simulate-secret-key' },
    ...(ca ? { requestHandler: { httpsAgent: new Agent({ ca }) } } : {}),
  });
}

/** The acme domain's external connections: the incident pauses both public registries. */
export const CONNECTIONS = [
  { repository: 'public-proxy', externalConnection: 'public:npmjs' },
  { repository: 'public-proxy-pypi', externalConnection: 'public:pypi' },
] as const;

/** Disassociate (or re-associate) every external connection of acme, as an operator would in an incident. */
export async function setExternalConnections(world: World, connected: boolean): Promise<void> {
  const client = controlPlane(world);
  try {
    for (const c of CONNECTIONS) {
      const input = { domain: DOMAIN, domainOwner: DOMAIN_OWNER, ...c };
      await client.send(
        connected
          ? new AssociateExternalConnectionCommand(input)
          : new DisassociateExternalConnectionCommand(input),
      );
    }
  } finally {
    client.destroy();
  }
}
