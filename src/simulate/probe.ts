/** Small npm projects a step installs to ask one question ("which @acme/auth do I get?"). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AssociateExternalConnectionCommand,
  CodeartifactClient,
  DisassociateExternalConnectionCommand,
  PutPackageOriginConfigurationCommand,
} from '@aws-sdk/client-codeartifact';
import { login } from './build.js';
import { sourced, tail, type Host, type RunResult } from './host.js';
import { DOMAIN_OWNER, type World } from './world.js';

export interface ProbeResult {
  readonly r: RunResult;
  /** Version installed of `watch`, when the install succeeded. */
  readonly version: string | undefined;
}

/** `npm install` a project with `dependencies` on `host` (logged in against `endpoint`). */
export async function npmProbe(
  world: World,
  host: Host,
  name: string,
  dependencies: Record<string, string>,
  watch: string,
  endpoint?: string,
): Promise<ProbeResult> {
  const dir = join(host.root, 'probes', name);
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name, version: '1.0.0', private: true, dependencies }),
  );
  const { r: l, envFile } = await login(world, host, endpoint);
  if (!envFile) return { r: l, version: undefined };
  const r = await sourced(host, envFile, 'npm install', dir);
  if (r.code !== 0) return { r, version: undefined };
  const manifest = await readFile(join(dir, 'node_modules', watch, 'package.json'), 'utf8').catch(() => '{}');
  return { r, version: (JSON.parse(manifest) as { version?: string }).version };
}

/** What a probe did, in one line. */
export const probeLine = (p: ProbeResult): string =>
  p.r.code === 0
    ? `installed ${p.version ?? '(nothing)'} in ${(p.r.ms / 1000).toFixed(1)} s`
    : `failed: ${npmError(p.r) ?? tail(p.r)}`;

/** npm's own line naming the failed request (`npm error 404 Not Found - GET …`), tokens never included. */
function npmError(r: RunResult): string | undefined {
  return r.stderr
    .split('\n')
    .find((l) => /npm error (404|code E)/.test(l) && !/code E404$/.test(l))
    ?.trim();
}

/** The control plane of an emulator through the AWS SDK, as an operator would call it. */
export function controlPlane(endpoint: string): CodeartifactClient {
  return new CodeartifactClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'simulate-access-key', secretAccessKey: 'simulate-secret-key' },
  });
}

const where = { domain: 'acme', domainOwner: DOMAIN_OWNER } as const;

export async function setExternalConnection(endpoint: string, connected: boolean): Promise<void> {
  const input = { ...where, repository: 'public-proxy', externalConnection: 'public:npmjs' };
  const client = controlPlane(endpoint);
  try {
    await client.send(
      connected
        ? new AssociateExternalConnectionCommand(input)
        : new DisassociateExternalConnectionCommand(input),
    );
  } finally {
    client.destroy();
  }
}

/** Lift the origin control on @acme/auth in `internal`: what a domain without protection looks like. */
export async function allowUpstream(endpoint: string): Promise<void> {
  const client = controlPlane(endpoint);
  try {
    await client.send(
      new PutPackageOriginConfigurationCommand({
        ...where,
        repository: 'internal',
        format: 'npm',
        namespace: 'acme',
        package: 'auth',
        restrictions: { publish: 'ALLOW', upstream: 'ALLOW' },
      }),
    );
  } finally {
    client.destroy();
  }
}
