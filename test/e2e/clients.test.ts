/**
 * End to end: `codeartifact-cache login` (the bundled CLI, the real SDK) against the emulator, then the
 * real clients in a shell that sources the env file, as a buildspec does. `@acme/*` and `acme-utils` come
 * from `internal`; public packages come through its upstream chain.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { GO_MODULES, startGoProxy, type GoProxy } from '../helpers/goproxy.js';
import { LOGIN_FLAGS, loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';
import { pnpmCommand, tokenIn, toolAvailable } from '../helpers/tokens.js';

const PNPM = pnpmCommand();
const YARN = resolve('node_modules/@yarnpkg/cli-dist/bin/yarn.js');
/** Two internal packages (one depending on the other) and two public ones with small closures. */
const DEPENDENCIES = { '@acme/ui': '^1.4.2', 'maple-map': '^4.9.0', 'brisk-format': '^5.6.0' };

let emu: RunningEmulator;
let box: LoginSandbox;
let login: { stdout: string; stderr: string; token: string };

async function project(name: string, files: Record<string, string> = {}): Promise<string> {
  const dir = join(box.root, name);
  await mkdir(dir, { recursive: true });
  const manifest = { name, version: '1.0.0', private: true, dependencies: DEPENDENCIES };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  return dir;
}

/** Audit entries of installed assets since `since`: every one through `internal`, none refused. */
function assetsSince(since: number) {
  const assets = emu.ctx.audit.entries(since).filter((e) => e.kind === 'asset');
  expect(assets.length).toBeGreaterThan(0);
  for (const e of assets) expect([e.repository, e.status < 400]).toEqual(['internal', true]);
  return assets;
}

const servedFrom = (entries: ReturnType<typeof assetsSince>, pkg: string) =>
  entries.filter((e) => e.package === pkg).map((e) => e.servedFrom);

let goProxy: GoProxy;

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  goProxy = await startGoProxy();
  box = await loginSandbox(emu.endpoint);
  await writeFile(join(box.home, '.npmrc'), 'fund=false\naudit=false\nupdate-notifier=false\n');
  const tools = 'npm,pnpm,yarn,pip,go';
  const goPrivate = 'git.acme.example/*,mirror.acme.example/*';
  const r = await box.cli([
    'login',
    ...LOGIN_FLAGS,
    '--tools',
    tools,
    '--scopes',
    '@acme',
    '--go-proxy',
    goProxy.url,
    '--go-private',
    goPrivate,
  ]);
  expect(r).toMatchObject({ code: 0 });
  login = { stdout: r.stdout, stderr: r.stderr, token: await tokenIn(box.envFile, 'YARN_NPM_AUTH_TOKEN') };
});

afterAll(async () => {
  await goProxy?.close();
  await emu?.close();
  await box?.cleanup();
});

it('prints outputs and where the env file is, never the token', () => {
  expect(login.stdout).toContain(`registry-npm=${emu.endpoint}/npm/d/acme-111122223333/internal/`);
  expect(login.stdout).toContain(`registry-pip=${emu.endpoint}/pypi/d/acme-111122223333/internal/simple/`);
  expect(login.stderr).toContain(`. ${box.envFile}`);
  expect(login.token.length).toBeGreaterThan(100);
  expect(login.stdout + login.stderr).not.toContain(login.token);
});

it('npm ci installs @acme/* from internal and public packages through the chain', async () => {
  const dir = await project('npm-app');
  const npm = 'npm --cache "$PWD/../npm-cache" --no-audit --no-fund';
  expect(await box.sourced(`${npm} install --package-lock-only`, dir)).toMatchObject({ code: 0 });
  const since = emu.ctx.audit.lastSeq;
  const r = await box.sourced(`${npm} ci`, dir);
  expect(r).toMatchObject({ code: 0 });
  const assets = assetsSince(since);
  expect(servedFrom(assets, '@acme/ui')).toEqual(['internal']);
  expect(servedFrom(assets, 'maple-map')).toEqual(['public:npmjs']);
  const ui = JSON.parse(await readFile(join(dir, 'node_modules/@acme/ui/package.json'), 'utf8'));
  expect(ui.version).toBe('1.4.2');
});

(PNPM ? it : it.skip)('pnpm install resolves through the same user config', async () => {
  const dir = await project('pnpm-app');
  const since = emu.ctx.audit.lastSeq;
  const r = await box.sourced(`${PNPM} install --store-dir "$PWD/../pnpm-store"`, dir);
  expect(r).toMatchObject({ code: 0 });
  expect(servedFrom(assetsSince(since), '@acme/auth')).toEqual(['internal']);
  expect(await readFile(join(dir, 'pnpm-lock.yaml'), 'utf8')).toContain('maple-map@4.9.0');
});

it('yarn berry installs with its env (http whitelisted; internal scope exempt from the age gate)', async () => {
  // Yarn 4 quarantines versions younger than a day; the emulator published @acme/* a moment ago.
  const dir = await project('yarn-app', {
    '.yarnrc.yml': 'enableTelemetry: false\nnpmPreapprovedPackages:\n  - "@acme/*"\n',
    'yarn.lock': '',
  });
  const since = emu.ctx.audit.lastSeq;
  const r = await box.sourced(`node "${YARN}" install`, dir, { YARN_ENABLE_IMMUTABLE_INSTALLS: 'false' });
  expect(r).toMatchObject({ code: 0 });
  expect(servedFrom(assetsSince(since), '@acme/ui')).toEqual(['internal']);
  expect(await readFile(join(dir, 'yarn.lock'), 'utf8')).toContain('brisk-format@npm:5.6.0');
});

it('pip installs acme-utils from internal and a public project through the chain', async () => {
  const target = join(box.root, 'site-packages');
  const since = emu.ctx.audit.lastSeq;
  const r = await box.sourced(
    `python3 -m pip install --no-cache-dir --disable-pip-version-check --target "${target}" acme-utils raven-retry`,
    box.root,
  );
  expect(r).toMatchObject({ code: 0 });
  const assets = assetsSince(since);
  expect(servedFrom(assets, 'acme-utils')).toEqual(['internal']);
  expect(servedFrom(assets, 'raven-retry')).toEqual(['public:pypi']);
});

const goFound = toolAvailable('go', ['version']);

(goFound ? it : it.skip)(
  'go mod download fetches every module from the Go proxy, none from the checksum DB',
  async () => {
    const dir = join(box.root, 'go-app');
    await mkdir(dir, { recursive: true });
    const requires = GO_MODULES.map((m) => `\t${m.path} ${m.version}\n`).join('');
    await writeFile(
      join(dir, 'go.mod'),
      `module app.acme.example/service\n\ngo 1.19\n\nrequire (\n${requires})\n`,
    );
    await writeFile(
      join(dir, 'main.go'),
      'package main\n\nimport (\n\t"fmt"\n\n\t"git.acme.example/platform/log"\n\t"mirror.acme.example/text/strcase"\n)\n\nfunc main() { fmt.Println(log.Line(strcase.Upper("ok"))) }\n',
    );
    // The developer's side: go.sum is committed, made once with -mod=mod (login sets -mod=readonly).
    const devEnv = { GOPATH: join(box.root, 'gopath-dev'), GOCACHE: join(box.root, 'gocache') };
    expect(await box.sourced('GOFLAGS="-mod=mod -modcacherw" go mod tidy', dir, devEnv)).toMatchObject({
      code: 0,
    });
    goProxy.requests.length = 0;
    // The build: a fresh module cache, so every module comes from the proxy again.
    const buildEnv = { GOPATH: join(box.root, 'gopath'), GOCACHE: join(box.root, 'gocache') };
    // -modcacherw only so the temp directory can be removed afterwards without chmod.
    const build = 'export GOFLAGS="$GOFLAGS -modcacherw" && go mod download && go mod verify && go run .';
    const r = await box.sourced(build, dir, buildEnv);
    expect(r).toMatchObject({ code: 0, stdout: 'all modules verified\nacme: OK\n' });
    for (const m of GO_MODULES) expect(goProxy.requests).toContain(`/${m.path}/@v/${m.version}.zip`);
  },
);
