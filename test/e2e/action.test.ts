/**
 * The action as the runner runs it: `node dist/main/index.js`, then `node dist/post/index.js` with the state
 * main saved given back as `STATE_*`. Credentials come the GitHub way: a job OIDC token from a local
 * stand-in for the runner's token endpoint, exchanged with moto's STS; CodeArtifact is the emulator.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { actionInputEnv } from '../helpers/action-env.js';
import { loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';
import { startMoto, type Moto } from '../helpers/moto.js';
import { startOidcEndpoint, type OidcEndpoint } from '../helpers/oidc.js';
import { runnerFiles, runStep, stateEnv, withoutMaskCommands, type StepResult } from '../helpers/runner.js';

const ROLE = 'arn:aws:iam::111122223333:role/ci';
const USER_NPMRC = '# mine\nfund=false\n//other.example/:_authToken=users-own\n';

let emu: RunningEmulator;
let moto: Moto;
let oidc: OidcEndpoint;
let box: LoginSandbox;
let stepEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  [emu, moto, oidc] = await Promise.all([startEmulator({ port: 0 }), startMoto(), startOidcEndpoint()]);
  box = await loginSandbox(emu.endpoint);
  await writeFile(join(box.home, '.npmrc'), USER_NPMRC, { mode: 0o644 });
  // No AWS keys at all: the only way to credentials is the OIDC token.
  stepEnv = { ...box.env, ...oidc.env, AWS_ENDPOINT_URL_STS: moto.endpoint };
  delete stepEnv.AWS_ACCESS_KEY_ID;
  delete stepEnv.AWS_SECRET_ACCESS_KEY;
});

afterAll(async () => {
  await Promise.all([emu?.close(), moto?.stop(), oidc?.close()]);
  await box?.cleanup();
});

const with_ = { domain: 'acme', repository: 'internal', tools: 'npm\nyarn\npip', 'role-to-assume': ROLE };

/** Every place the token must not be (stdout without the runner's mask commands). */
function expectNoToken(step: StepResult, token: string): void {
  for (const text of [
    withoutMaskCommands(step.stdout),
    step.stderr,
    step.raw.output,
    step.summary,
    step.raw.state,
  ]) {
    expect(text).not.toContain(token);
  }
}

describe('main then post with OIDC', () => {
  let main: StepResult;
  let token: string;

  beforeAll(async () => {
    main = await runStep('dist/main/index.js', await runnerFiles(box.root, 'main'), {
      ...stepEnv,
      ...actionInputEnv(with_),
    });
    const npmrc = await readFile(main.exported.NPM_CONFIG_USERCONFIG ?? '', 'utf8');
    if (process.env.SHOW_STEP) console.log(main.stdout, main.summary);
    token =
      /:_authToken=(.+)$/m.exec(
        npmrc
          .split('\n')
          .filter((l) => l.includes('127.0.0.1'))
          .join('\n'),
      )?.[1] ?? '';
  });

  it('logs in through AssumeRoleWithWebIdentity and sets outputs', () => {
    expect(main).toMatchObject({ code: 0, stderr: '' });
    expect(oidc.issued.map((i) => i.audience)).toEqual(['sts.amazonaws.com']);
    expect(main.outputs).toMatchObject({
      'registry-npm': `${emu.endpoint}/npm/d/acme-111122223333/internal/`,
      'registry-yarn': `${emu.endpoint}/npm/d/acme-111122223333/internal/`,
      'registry-pip': `${emu.endpoint}/pypi/d/acme-111122223333/internal/simple/`,
      'domain-owner': '111122223333',
      tools: 'npm,yarn,pip',
    });
    expect(new Date(main.outputs.expiration ?? '').getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
  });

  it('masks the OIDC token, the role credentials and the CodeArtifact token before using them', () => {
    const masks = main.stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice(12));
    expect(masks).toEqual(expect.arrayContaining([oidc.issued[0]?.jwt, token]));
    expect(masks.some((m) => /^[A-Z0-9]{16,}$/.test(m))).toBe(true); // the assumed role's access key id
  });

  it('writes token-holding files 0600 under RUNNER_TEMP, keeping the user config', async () => {
    const npmrc = main.exported.NPM_CONFIG_USERCONFIG ?? '';
    expect(npmrc.startsWith(join(box.root, 'main/temp'))).toBe(true);
    expect((await stat(npmrc)).mode & 0o777).toBe(0o600);
    expect((await stat(main.exported.PIP_CONFIG_FILE ?? '')).mode & 0o777).toBe(0o600);
    expect(await readFile(npmrc, 'utf8')).toMatch(
      /^# mine\nfund=false\n\/\/other.example\/:_authToken=users-own\n/,
    );
  });

  it('keeps the token out of logs, outputs, summary and state; in GITHUB_ENV only as yarn’s token', () => {
    expect(token.length).toBeGreaterThan(100);
    expectNoToken(main, token);
    const carriers = Object.entries(main.exported)
      .filter(([, v]) => v.includes(token))
      .map(([k]) => k);
    expect(carriers).toEqual(['YARN_NPM_AUTH_TOKEN']);
    expect(main.summary).toContain('| npm | `' + emu.endpoint);
  });

  it('post removes every file main wrote and leaves ~/.npmrc as it was', async () => {
    const post = await runStep('dist/post/index.js', await runnerFiles(box.root, 'post'), {
      ...stepEnv,
      ...actionInputEnv(with_),
      ...stateEnv(main.state),
    });
    expect(post).toMatchObject({ code: 0, stderr: '' });
    expect(post.stdout).toContain(`Removed ${main.exported.NPM_CONFIG_USERCONFIG}`);
    expect(await readdir(join(box.root, 'main/temp'))).toEqual([]);
    expect(await readFile(join(box.home, '.npmrc'), 'utf8')).toBe(USER_NPMRC);
    expectNoToken(post, token);
  });
});

describe('a step that fails', () => {
  async function failing(inputs: Record<string, string>, step: string): Promise<StepResult> {
    const files = await runnerFiles(box.root, step);
    const result = await runStep('dist/main/index.js', files, { ...stepEnv, ...actionInputEnv(inputs) });
    expect(result.code).toBe(1);
    expect([result.raw.env, result.raw.output, result.raw.state, result.summary]).toEqual(['', '', '', '']);
    expect(await readdir(files.RUNNER_TEMP)).toEqual([]);
    expect(await readFile(join(box.home, '.npmrc'), 'utf8')).toBe(USER_NPMRC);
    return result;
  }

  it('reports each bad input as its own error and writes nothing', async () => {
    const r = await failing(
      { domain: 'Acme', repository: '', tools: 'npm,gradle', 'duration-seconds': '100' },
      'bad',
    );
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(5);
    expect(errors.join('\n')).toMatch(/'domain'[\s\S]*'repository'[\s\S]*'tools'[\s\S]*'duration-seconds'/);
  });

  it('fails with context when the repository does not exist, and writes nothing', async () => {
    const r = await failing(
      { domain: 'acme', repository: 'nope', tools: 'npm', 'role-to-assume': ROLE },
      'missing',
    );
    expect(r.stdout).toMatch(
      /::error::Could not get the npm endpoint of repository nope in domain acme: ResourceNotFoundException/,
    );
  });
});
