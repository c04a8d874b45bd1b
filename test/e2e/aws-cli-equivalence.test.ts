/**
 * After `login`, npm and pip resolve as they would after `aws codeartifact login --tool npm / --tool pip`
 * against the same repository: same registry URL, same auth line shape, same index URL (tokens differ).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { awsCliAvailable, awsCliEnv, runAws } from '../helpers/aws.js';
import { run } from '../helpers/clients.js';
import { LOGIN_FLAGS, loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';
import { tokenIn } from '../helpers/tokens.js';

const found = awsCliAvailable();
const describeWithAws = found ? describe : describe.skip;

/** `key=value` settings of an npmrc, tokens replaced by TOKEN, lines npm ≥ 9 ignores left out. */
function npmSettings(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.includes('=') && !line.startsWith('always-auth'))
    .map((line) => line.replace(/\s*=\s*/, '=').replace(/(_authToken=).+$/, '$1TOKEN'));
}

const pipIndex = (text: string) =>
  /^index-url\s*=\s*(.+)$/m.exec(text)?.[1]?.replace(/\/\/aws:[^@]+@/, '//aws:TOKEN@');

describeWithAws('equivalence with aws codeartifact login', () => {
  let emu: RunningEmulator;
  let ours: LoginSandbox;
  let theirs: LoginSandbox;
  let awsEnv: NodeJS.ProcessEnv;

  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
    [ours, theirs] = await Promise.all([loginSandbox(emu.endpoint), loginSandbox(emu.endpoint)]);
    awsEnv = awsCliEnv(theirs.home, {
      AWS_ENDPOINT_URL_CODEARTIFACT: emu.endpoint,
      NPM_CONFIG_GLOBALCONFIG: theirs.env.NPM_CONFIG_GLOBALCONFIG,
    });
    expect(await ours.cli(['login', ...LOGIN_FLAGS, '--tools', 'npm,pip'])).toMatchObject({ code: 0 });
    for (const tool of ['npm', 'pip']) {
      const r = await runAws(['codeartifact', 'login', '--tool', tool, ...LOGIN_FLAGS], awsEnv);
      expect(r).toMatchObject({ status: 0 });
    }
  });

  afterAll(async () => {
    await emu?.close();
    await Promise.all([ours?.cleanup(), theirs?.cleanup()]);
  });

  it('npm: the same registry line and the same _authToken line for the same registry', async () => {
    const reference = await readFile(join(theirs.home, '.npmrc'), 'utf8');
    const mine = await readFile(await tokenIn(ours.envFile, 'NPM_CONFIG_USERCONFIG'), 'utf8');
    expect(npmSettings(mine)).toEqual(npmSettings(reference));
    expect(npmSettings(mine)).toEqual([
      `registry=${emu.endpoint}/npm/d/acme-111122223333/internal/`,
      `//127.0.0.1:${new URL(emu.endpoint).port}/npm/d/acme-111122223333/internal/:_authToken=TOKEN`,
    ]);
  });

  it('npm resolves @acme/ui to the same tarball either way', async () => {
    const view = ['view', '@acme/ui@1.4.2', 'dist.tarball', '--cache', join(ours.root, 'npm-cache')];
    const mine = await ours.sourced(`npm ${view.join(' ')}`, ours.root);
    const reference = await run('npm', view, { env: awsEnv, cwd: theirs.root });
    expect(mine).toMatchObject({ code: 0 });
    expect(reference).toMatchObject({ code: 0, stdout: mine.stdout });
  });

  it('pip: the same index URL, credentials in the same shape', async () => {
    const reference = await readFile(join(theirs.home, '.config/pip/pip.conf'), 'utf8');
    const mine = await readFile(await tokenIn(ours.envFile, 'PIP_CONFIG_FILE'), 'utf8');
    expect(pipIndex(mine)).toBe(pipIndex(reference));
    expect(pipIndex(mine)).toBe(
      `http://aws:TOKEN@127.0.0.1:${new URL(emu.endpoint).port}/pypi/d/acme-111122223333/internal/simple/`,
    );
  });
});
