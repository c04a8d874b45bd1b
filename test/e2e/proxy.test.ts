/**
 * HTTP(S)_PROXY and NO_PROXY as a corporate runner sets them, with the bundled CLI as users run it: login
 * (CodeArtifact on the emulator), save and restore through S3 (moto) and an operational command (audit).
 * A real forward proxy logs what it forwards; a tap in front of each server records, for every request
 * the server got, whether it came through the proxy. With the proxy set, every one did; with NO_PROXY
 * naming the host, none did and the proxy saw nothing.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { makeTree } from '../helpers/cache-fixtures.js';
import { startForwardProxy, startTap, type ForwardProxy, type Tap } from '../helpers/forward-proxy.js';
import { LOGIN_FLAGS, loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';
import { startMoto, type Moto } from '../helpers/moto.js';
import { createBucket, useDummyAwsCredentials } from '../helpers/s3.js';

let emu: RunningEmulator;
let moto: Moto;
let proxy: ForwardProxy;
let codeartifact: Tap;
let s3: Tap;
let box: LoginSandbox;
let project: string;

beforeAll(async () => {
  [emu, moto, proxy] = await Promise.all([startEmulator({ port: 0 }), startMoto(), startForwardProxy()]);
  [codeartifact, s3] = await Promise.all([startTap(emu.endpoint), startTap(moto.endpoint)]);
  useDummyAwsCredentials();
  await createBucket(moto.endpoint, 'proxied');
  box = await loginSandbox(codeartifact.endpoint);
  project = join(box.root, 'web');
  await cp('test/fixtures/lockfiles/apps/web', project, { recursive: true });
  await makeTree(join(box.home, '.npm'));
});

afterAll(async () => {
  await Promise.all([emu?.close(), moto?.stop(), proxy?.stop(), codeartifact?.stop(), s3?.stop()]);
  await box?.cleanup();
});

const cache = (command: string) => [
  command,
  ...['--tools', 'npm', '--working-directory', project, '--cache-scope', 'web'],
  ...['--cache-backend', 's3', '--s3-bucket', 'proxied'],
];

/** Login, save, restore and audit with `env` on top of the sandbox's; each must succeed. */
async function runAll(env: NodeJS.ProcessEnv, scope: string): Promise<void> {
  const steps = [
    ['login', ...LOGIN_FLAGS, '--tools', 'npm'],
    // Their own state directory per run: restore's notes from one run must not steer the other's save.
    [...cache('save'), '--cache-key-prefix', scope, '--state-dir', join(box.root, scope)],
    [...cache('restore'), '--cache-key-prefix', scope, '--state-dir', join(box.root, scope)],
    ['audit', ...LOGIN_FLAGS],
  ];
  for (const args of steps) {
    const r = await box.cli(args, { AWS_ENDPOINT_URL_S3: s3.endpoint, ...env });
    expect({ args, code: r.code, stderr: r.stderr }).toMatchObject({ args, code: 0 });
    if (args[0] === 'restore') expect(r.stdout).toContain('cache-hit=true');
  }
}

it('with HTTP_PROXY/HTTPS_PROXY set, every request to CodeArtifact and S3 went through the proxy', async () => {
  await runAll({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }, 'proxied');
  for (const tap of [codeartifact, s3]) {
    expect(tap.seen.length).toBeGreaterThan(1);
    expect(tap.seen.filter((r) => !r.viaProxy)).toEqual([]);
    // The proxy's own log names each of them.
    const host = new URL(tap.endpoint).host;
    expect(proxy.log.filter((line) => line.includes(`//${host}/`))).toHaveLength(tap.seen.length);
  }
  expect(codeartifact.seen.map((r) => r.path)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^\/v1\/authorization-token\?/),
      expect.stringMatching(/^\/v1\/repository\/endpoint\?/),
    ]),
  );
  expect(s3.seen.map((r) => r.method)).toEqual(expect.arrayContaining(['PUT', 'GET', 'HEAD']));
});

it('lower-case variables work too, and NO_PROXY naming the host bypasses the proxy entirely', async () => {
  const before = { proxy: proxy.log.length, ca: codeartifact.seen.length, s3: s3.seen.length };
  await runAll({ http_proxy: proxy.url, https_proxy: proxy.url, no_proxy: 'localhost,127.0.0.1' }, 'direct');
  expect(proxy.log.length).toBe(before.proxy);
  expect(codeartifact.seen.length).toBeGreaterThan(before.ca);
  expect(s3.seen.length).toBeGreaterThan(before.s3);
  expect([...codeartifact.seen, ...s3.seen].filter((r) => r.viaProxy)).toHaveLength(
    codeartifact.seen.slice(0, before.ca).length + s3.seen.slice(0, before.s3).length,
  );
});

it('without the proxy agent the same run would have gone direct (the proxy is what the SDK ignores alone)', async () => {
  // A proxy that does not exist: if requests honour it they fail, proving the variables are read.
  const r = await box.cli(['audit', ...LOGIN_FLAGS], {
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
  });
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/ECONNREFUSED|connect/i);
});
