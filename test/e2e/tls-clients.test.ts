/**
 * The emulator over HTTPS (`tls: true`), as the service is: `codeartifact-cache login` (the bundled CLI and
 * its AWS SDK), then unmodified npm, pnpm, yarn, pip, go and the AWS CLI, trusting only the emulator's CA
 * through each client's own variable (`trustEnv`). Every client is also shown refusing the server when the
 * CA is not trusted, so the trust, not a lax client, is what makes the rest pass.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startEmulator, trustEnv, type RunningEmulator } from '../../src/emulator/index.js';
import { createTlsMaterial } from '../../src/emulator/tls.js';
import { GO_MODULES, startGoProxy, type GoProxy } from '../helpers/goproxy.js';
import { LOGIN_FLAGS, loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';
import { pnpmCommand, toolAvailable } from '../helpers/tokens.js';

const PNPM = pnpmCommand();
const YARN = resolve('node_modules/@yarnpkg/cli-dist/bin/yarn.js');
const goFound = toolAvailable('go', ['version']);
const awsFound = toolAvailable('aws', ['--version']);
const DEPENDENCIES = { '@acme/ui': '^1.4.2', 'maple-map': '^4.9.0' };

let emu: RunningEmulator;
let box: LoginSandbox;
let goProxy: GoProxy;
let loginOut: string;
/** The same variables naming another emulator's CA: every client must then refuse this one. */
let UNTRUSTED: Record<string, string>;

async function project(name: string, files: Record<string, string> = {}): Promise<string> {
  const dir = join(box.root, name);
  await mkdir(dir, { recursive: true });
  const manifest = { name, version: '1.0.0', private: true, dependencies: DEPENDENCIES };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  return dir;
}

/** Assets served since `since`, as `package ← servedFrom`; every one through `internal`. */
function assetsSince(since: number): string[] {
  const assets = emu.ctx.audit.entries(since).filter((e) => e.kind === 'asset');
  for (const e of assets) expect([e.repository, e.status < 400]).toEqual(['internal', true]);
  return assets.map((e) => `${e.package} ← ${e.servedFrom}`);
}

beforeAll(async () => {
  emu = await startEmulator({ port: 0, tls: true });
  goProxy = await startGoProxy(GO_MODULES, emu.tls);
  box = await loginSandbox(emu.endpoint, trustEnv(emu.tls!.caFile));
  UNTRUSTED = trustEnv((await createTlsMaterial(join(box.root, 'other-ca'))).caFile);
  await writeFile(join(box.home, '.npmrc'), 'fund=false\naudit=false\nupdate-notifier=false\n');
  const tools = ['--tools', 'npm,pnpm,yarn,pip,go', '--scopes', '@acme', '--go-proxy', goProxy.url];
  const r = await box.cli(['login', ...LOGIN_FLAGS, ...tools, '--go-private', 'git.acme.example/*']);
  expect(r).toMatchObject({ code: 0 });
  loginOut = r.stdout;
});

afterAll(async () => {
  await goProxy?.close();
  await emu?.close();
  await box?.cleanup();
});

it('login gets https:// endpoints from GetRepositoryEndpoint and configures no CA of its own', async () => {
  expect(emu.endpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  expect(loginOut).toContain(`registry-npm=${emu.endpoint}/npm/d/acme-111122223333/internal/`);
  expect(loginOut).toContain(`registry-pip=${emu.endpoint}/pypi/d/acme-111122223333/internal/simple/`);
  const env = await readFile(box.envFile, 'utf8');
  // https needs no yarn whitelist, and trust comes from the environment, never from login's files.
  expect(env).not.toMatch(/YARN_UNSAFE_HTTP_WHITELIST|cafile|CA_BUNDLE|SSL_CERT/i);
});

it('login itself (the AWS SDK for JavaScript) refuses the emulator when its CA is not trusted', async () => {
  const r = await box.cli(['login', ...LOGIN_FLAGS, '--tools', 'npm', '--dry-run'], UNTRUSTED);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/certificate|UNABLE_TO_VERIFY/i);
});

it('npm installs over https, and without the CA fails the handshake', async () => {
  const dir = await project('npm-app');
  const npm = 'npm --cache "$PWD/../npm-cache" --no-audit --no-fund';
  const since = emu.ctx.audit.lastSeq;
  expect(await box.sourced(`${npm} install`, dir)).toMatchObject({ code: 0 });
  expect(assetsSince(since)).toEqual(
    expect.arrayContaining(['@acme/ui ← internal', '@acme/auth ← internal', 'maple-map ← public:npmjs']),
  );
  // A cache of its own: npm would answer a packument it holds and still considers fresh without asking.
  const refused = await box.sourced(
    `${npm} view @acme/auth version --fetch-retries 0 --cache "$PWD/../npm-cache-2"`,
    dir,
    UNTRUSTED,
  );
  expect(refused.code).not.toBe(0);
  expect(refused.stderr).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to verify/i);
});

(PNPM ? it : it.skip)('pnpm installs over https, and without the CA refuses', async () => {
  const dir = await project('pnpm-app');
  const since = emu.ctx.audit.lastSeq;
  const r = await box.sourced(`${PNPM} install --store-dir "$PWD/../pnpm-store"`, dir);
  expect(r).toMatchObject({ code: 0 });
  expect(assetsSince(since)).toContain('@acme/ui ← internal');
  const refused = await box.sourced(`${PNPM} view @acme/auth version`, dir, UNTRUSTED);
  expect(refused.code).not.toBe(0);
});

it('yarn berry installs over https with no whitelist, and without the CA refuses', async () => {
  const files = { '.yarnrc.yml': 'enableTelemetry: false\nnpmPreapprovedPackages:\n  - "@acme/*"\n' };
  const dir = await project('yarn-app', { ...files, 'yarn.lock': '' });
  const yarn = `node "${YARN}"`;
  const since = emu.ctx.audit.lastSeq;
  const r = await box.sourced(`${yarn} install`, dir, { YARN_ENABLE_IMMUTABLE_INSTALLS: 'false' });
  expect(r).toMatchObject({ code: 0 });
  expect(assetsSince(since)).toContain('@acme/ui ← internal');
  const refused = await box.sourced(`${yarn} npm info @acme/auth --fields version`, dir, UNTRUSTED);
  expect(refused.code).not.toBe(0);
  expect(refused.stdout + refused.stderr).toMatch(/certificate|UNABLE_TO_VERIFY/i);
});

it('pip installs over https, and without the CA refuses', async () => {
  const pip = 'python3 -m pip install --no-cache-dir --disable-pip-version-check';
  const since = emu.ctx.audit.lastSeq;
  const r = await box.sourced(`${pip} --target "$PWD/site" acme-utils raven-retry`, box.root);
  expect(r).toMatchObject({ code: 0 });
  expect(assetsSince(since)).toEqual(
    expect.arrayContaining(['acme-utils ← internal', 'raven-retry ← public:pypi']),
  );
  const refused = await box.sourced(
    `${pip} --retries 0 --target "$PWD/site2" acme-utils`,
    box.root,
    UNTRUSTED,
  );
  expect(refused.code).not.toBe(0);
  expect(refused.stdout + refused.stderr).toMatch(/CERTIFICATE_VERIFY_FAILED/);
});

(goFound ? it : it.skip)('go fetches modules from an https Go proxy trusting SSL_CERT_FILE', async () => {
  const dir = join(box.root, 'go-app');
  await mkdir(dir, { recursive: true });
  const requires = GO_MODULES.map((m) => `\t${m.path} ${m.version}\n`).join('');
  await writeFile(join(dir, 'go.mod'), `module app.acme.example/svc\n\ngo 1.19\n\nrequire (\n${requires})\n`);
  const env = { GOPATH: join(box.root, 'gopath'), GOCACHE: join(box.root, 'gocache') };
  // No go.sum: this checks transport only, so no checksum database is asked (there is none offline).
  const download = 'export GOFLAGS="-mod=mod -modcacherw" GONOSUMDB="*" && go mod download';
  expect(await box.sourced(download, dir, env)).toMatchObject({ code: 0 });
  for (const m of GO_MODULES) expect(goProxy.requests).toContain(`/${m.path}/@v/${m.version}.zip`);
  const refused = await box.sourced(download, dir, { ...env, ...UNTRUSTED, GOPATH: join(box.root, 'gp2') });
  expect(refused.code).not.toBe(0);
  expect(refused.stderr).toMatch(/certificate signed by unknown authority/);
});

(awsFound ? it : it.skip)('the AWS CLI gets a token with AWS_CA_BUNDLE, and refuses without it', async () => {
  // AWS CLI v1 reads only AWS_DEFAULT_REGION.
  const args =
    'codeartifact get-authorization-token --domain acme --domain-owner 111122223333 --region us-east-1';
  const r = await box.sourced(`aws ${args} --query 'length(authorizationToken)' --output text`, box.root);
  expect(r).toMatchObject({ code: 0 });
  expect(Number(r.stdout)).toBeGreaterThan(100);
  const refused = await box.sourced(`aws ${args}`, box.root, UNTRUSTED);
  expect(refused.code).not.toBe(0);
  expect(refused.stderr).toMatch(/SSL validation failed|CERTIFICATE_VERIFY_FAILED/);
});
