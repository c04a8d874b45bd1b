/**
 * The service's `:443` quirk, reproduced: GetRepositoryEndpoint answers `https://host/npm/…/` while the
 * packuments link tarballs as `https://host:443/npm/…`. pnpm from 7.14 until a 2023 fix (PR 6864) sent no
 * token for those tarballs (pnpm issues 5970, 6354). The emulator shows it only on port 443, so this runs
 * where 443 can be bound (root, port free) and says why it skips elsewhere.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startEmulator, trustEnv, type RunningEmulator } from '../../src/emulator/index.js';
import { httpsGet } from '../helpers/https.js';
import { LOGIN_FLAGS, loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';
import { pnpmCommand, tokenIn } from '../helpers/tokens.js';

async function onPort443(): Promise<RunningEmulator | undefined> {
  try {
    return await startEmulator({ port: 443, tls: true });
  } catch (err) {
    console.log(`Skipping the :443 tests: port 443 cannot be bound here (${(err as Error).message})`);
    return undefined;
  }
}

const emu = await onPort443();
const PNPM = pnpmCommand();
const YARN = `node "${resolve('node_modules/@yarnpkg/cli-dist/bin/yarn.js')}"`;
const REGISTRY = 'https://127.0.0.1/npm/d/acme-111122223333/internal/';
let box: LoginSandbox;

beforeAll(async () => {
  if (!emu) return;
  box = await loginSandbox(emu.endpoint, trustEnv(emu.tls!.caFile));
  await writeFile(join(box.home, '.npmrc'), 'fund=false\naudit=false\nupdate-notifier=false\n');
  const r = await box.cli(['login', ...LOGIN_FLAGS, '--tools', 'npm,pnpm,yarn']);
  expect(r).toMatchObject({ code: 0 });
  expect(r.stdout).toContain(`registry-npm=${REGISTRY}`); // no port, as the service answers
});

afterAll(async () => {
  await emu?.close();
  await box?.cleanup();
});

/** Install `@acme/ui` (and `@acme/auth` under it) with `command`; every tarball GET must succeed. */
async function installs(name: string, command: string, files: Record<string, string> = {}) {
  const dir = join(box.root, name);
  await mkdir(dir, { recursive: true });
  const manifest = { name, version: '1.0.0', private: true, dependencies: { '@acme/ui': '^1.4.2' } };
  await writeFile(join(dir, 'package.json'), JSON.stringify(manifest));
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  const since = emu!.ctx.audit.lastSeq;
  const r = await box.sourced(command, dir, { YARN_ENABLE_IMMUTABLE_INSTALLS: 'false' });
  expect(r).toMatchObject({ code: 0 });
  const tarballs = emu!.ctx.audit.entries(since).filter((e) => e.path.endsWith('.tgz'));
  expect(tarballs.map((e) => `${e.path.replace(/.*\//, '')} ${e.status}`).sort()).toEqual([
    'auth-2.1.0.tgz 200',
    'ui-1.4.2.tgz 200',
  ]);
}

(emu ? it : it.skip)('packuments link tarballs with :443 while the endpoint has no port', async () => {
  const token = await tokenIn(box.envFile, 'YARN_NPM_AUTH_TOKEN');
  const packument = await httpsGet(`${REGISTRY}@acme%2fui`, emu!.tls!.ca, {
    authorization: `Bearer ${token}`,
  });
  const tarball = JSON.parse(packument.body).versions['1.4.2'].dist.tarball;
  expect(tarball).toBe('https://127.0.0.1:443/npm/d/acme-111122223333/internal/@acme/ui/-/ui-1.4.2.tgz');
});

(emu ? it : it.skip)('npm sends the token to the :443 tarball URLs', async () => {
  await installs('npm-443', 'npm install --cache "$PWD/../npm-cache" --no-audit --no-fund');
});

(emu && PNPM ? it : it.skip)('pnpm sends the token to the :443 tarball URLs', async () => {
  await installs('pnpm-443', `${PNPM} install --store-dir "$PWD/../pnpm-store"`);
});

(emu ? it : it.skip)('yarn berry sends the token to the :443 tarball URLs', async () => {
  const yarnrc = 'enableTelemetry: false\nnpmPreapprovedPackages:\n  - "@acme/*"\n';
  await installs('yarn-443', `${YARN} install`, { '.yarnrc.yml': yarnrc, 'yarn.lock': '' });
});
