/** The bundled CLI's `login` and `cleanup`, as a buildspec or a developer runs them. */
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { inputEnvName } from '../../src/platform/cli.js';
import { BASE, type BadCase } from '../core/bad-inputs.js';
import { BAD_NAMES } from '../core/bad-names.js';
import { BAD_VALUES } from '../core/bad-values.js';
import { LOGIN_FLAGS, loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';
import { tokenIn } from '../helpers/tokens.js';

/** A user's own configs, with bytes a careless rewrite would change: CRLF, no final newline, odd modes. */
const NPMRC = '; mine\r\n//other.example/:_authToken=users-own\r\nfund=false';
const PIP_CONF = '[global]\ntimeout = 60\n[install]\nno-compile = yes';

let emu: RunningEmulator;
let box: LoginSandbox;

beforeAll(async () => void (emu = await startEmulator({ port: 0 })));
afterAll(() => emu?.close());
beforeEach(async () => {
  box = await loginSandbox(emu.endpoint);
  await writeFile(join(box.home, '.npmrc'), NPMRC);
  await chmod(join(box.home, '.npmrc'), 0o640);
  await mkdir(join(box.home, '.config/pip'), { recursive: true });
  await writeFile(join(box.home, '.config/pip/pip.conf'), PIP_CONF);
});
afterEach(() => box.cleanup());

/** The user's files exactly as they were, and nothing else in HOME. */
async function expectHomeUntouched(): Promise<void> {
  expect((await readdir(box.home)).sort()).toEqual(['.config', '.npmrc']);
  expect(await readFile(join(box.home, '.npmrc'), 'utf8')).toBe(NPMRC);
  expect((await stat(join(box.home, '.npmrc'))).mode & 0o777).toBe(0o640);
  expect(await readFile(join(box.home, '.config/pip/pip.conf'), 'utf8')).toBe(PIP_CONF);
}

describe('bad inputs (given as CODEARTIFACT_CACHE_* env, as a CodeBuild project would)', () => {
  // Env names are one spelling per input, so "the same input twice" cannot happen here.
  const cases = [...BAD_NAMES, ...BAD_VALUES].filter(([what]) => what !== 'same input twice, two values');
  it.each<BadCase>(cases)('%s: exit 2, one line, nothing written', async (_what, overrides, expected) => {
    const inputs = Object.entries({ ...BASE, ...overrides }).filter(([, v]) => v !== undefined);
    const env = Object.fromEntries(inputs.map(([name, value]) => [inputEnvName(name), value]));
    const r = await box.cli(['login'], env);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringContaining(expected)]);
    expect(r.stderr).toMatch(/^codeartifact-cache: Input '/);
    await expectHomeUntouched();
  });
});

it('flags win over the same input given as env', async () => {
  const r = await box.cli(['login', ...LOGIN_FLAGS, '--tools', 'npm', '--dry-run'], {
    [inputEnvName('repository')]: 'nope',
  });
  expect(r).toMatchObject({ code: 0 });
  expect(r.stdout).toContain('/internal/');
});

it('dry run prints the plan on stdout with the token redacted and writes nothing', async () => {
  const r = await box.cli(['login', ...LOGIN_FLAGS, '--tools', 'npm,pip,twine', '--dry-run']);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  expect(r.stdout).toContain(
    `Would write ${join(box.home, '.local/state/codeartifact-cache/npmrc')} (mode 0600)`,
  );
  expect(r.stdout).toContain('    ; mine');
  expect(r.stdout).toMatch(
    /_authToken=\*\*\*\n[\s\S]*index-url = http:\/\/aws:\*\*\*@[\s\S]*TWINE_PASSWORD=\*\*\*/,
  );
  await expectHomeUntouched();
});

it('login carries the user configs over; cleanup restores them byte for byte and removes the rest', async () => {
  const r = await box.cli(['login', ...LOGIN_FLAGS, '--tools', 'npm,pip']);
  expect(r).toMatchObject({ code: 0 });
  const npmrc = await tokenIn(box.envFile, 'NPM_CONFIG_USERCONFIG');
  expect(await readFile(npmrc, 'utf8')).toMatch(
    /^; mine\n\/\/other.example\/:_authToken=users-own\nfund=false\nregistry=/,
  );
  const pip = await readFile(await tokenIn(box.envFile, 'PIP_CONFIG_FILE'), 'utf8');
  expect(pip).toMatch(
    /^\[global\]\ntimeout = 60\nindex-url = http:\/\/aws:.+@127\.0\.0\.1.*\n\[install\]\nno-compile = yes\n$/,
  );
  const c = await box.cli(['cleanup']);
  expect(c).toMatchObject({ code: 0, stdout: '' });
  expect(c.stderr).toContain(`Removed ${npmrc}`);
  await expectHomeUntouched();
});

it('a failed login leaves everything untouched', async () => {
  const r = await box.cli([
    'login',
    '--domain',
    'acme',
    '--domain-owner',
    '111122223333',
    '--repository',
    'nope',
    '--tools',
    'npm,pip',
  ]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    /^codeartifact-cache: Could not get the npm endpoint of repository nope in domain acme: ResourceNotFoundException: .+\. Check 'repository' \(and 'domain', 'domain-owner', 'region'\)\.\n$/,
  );
  await expectHomeUntouched();
});

it('on CodeBuild, keeps its files under the temp directory, out of HOME and its caches', async () => {
  const tmp = join(box.root, 'tmp');
  await mkdir(tmp);
  const env = { CODEBUILD_BUILD_ID: 'app:0b0d2b3e', TMPDIR: tmp };
  const r = await box.cli(['login', ...LOGIN_FLAGS, '--tools', 'npm'], env);
  expect(r).toMatchObject({ code: 0 });
  const envFile = join(tmp, 'codeartifact-cache/env');
  expect(r.stderr).toContain(`load it with:\n  . ${envFile}\n`);
  expect(r.stdout).toContain(`env-file=${envFile}\n`);
  await expectHomeUntouched();
  expect(await box.cli(['cleanup'], env)).toMatchObject({ code: 0 });
  expect(await readdir(tmp)).toEqual([]);
});
