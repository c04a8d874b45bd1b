/**
 * The action on GitHub Enterprise Server, as its runner runs it: `node dist/main/index.js`, then
 * `node dist/post/index.js`, with a server URL that is not github.com, ACTIONS_CACHE_URL at a local stand-in
 * of the v1 cache service and no ACTIONS_RESULTS_URL. Each job is a fresh machine (its own HOME) whose
 * RUNNER_TEMP has the same path, as on a runner: GitHub's cache version hashes the staging path under it.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { actionInputEnv } from '../helpers/action-env.js';
import { makeTree } from '../helpers/cache-fixtures.js';
import { startGhesCacheService, type GhesCacheService } from '../helpers/github-cache-ghes.js';
import { loginSandbox, OWNER, type LoginSandbox } from '../helpers/login-sandbox.js';
import { runnerFiles, runStep, stateEnv, type StepResult } from '../helpers/runner.js';

const lock = (version: string) =>
  `{"name":"app","version":"${version}","lockfileVersion":3,"requires":true,"packages":{"":{"name":"app"}}}\n`;

let emu: RunningEmulator;
let ghes: GhesCacheService;
let box: LoginSandbox;
let stepEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  [emu, ghes] = await Promise.all([startEmulator({ port: 0 }), startGhesCacheService()]);
  box = await loginSandbox(emu.endpoint);
  // GHES ignores the v2 switch, as @actions/cache does: set here, it must change nothing.
  stepEnv = { ...box.env, ...ghes.env, ACTIONS_CACHE_SERVICE_V2: 'true' };
});

afterAll(async () => {
  await Promise.all([emu?.close(), ghes?.stop()]);
  await box?.cleanup();
});

const with_ = {
  domain: 'acme',
  'domain-owner': OWNER,
  repository: 'internal',
  tools: 'npm',
  'cache-backend': 'github',
  'cache-scope': 'app',
};

interface Job {
  readonly main: StepResult;
  post(): Promise<StepResult>;
  /** The stand-in's calls during main, and during the post step once it ran. */
  readonly calls: { main: string[]; post: string[] };
}

/** One job on a fresh machine: main now; post when asked, after main filled ~/.npm (or not). */
async function job(name: string, lockfile: string, env: NodeJS.ProcessEnv = stepEnv): Promise<Job> {
  const home = join(box.root, `${name}-home`);
  const temp = join(box.root, 'runner-temp');
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  await mkdir(home, { recursive: true });
  const machine = { ...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
  const step = async (which: string, extra: NodeJS.ProcessEnv) => {
    const files = { ...(await runnerFiles(box.root, `${name}-${which}`)), RUNNER_TEMP: temp };
    await writeFile(join(files.GITHUB_WORKSPACE, 'package-lock.json'), lockfile);
    const before = ghes.calls.length;
    const result = await runStep(`dist/${which}/index.js`, files, { ...machine, ...extra });
    calls[which as 'main' | 'post'] = ghes.calls.slice(before);
    return result;
  };
  const calls = { main: [] as string[], post: [] as string[] };
  const main = await step('main', actionInputEnv(with_));
  return {
    main,
    calls,
    post: async () => {
      await makeTree(join(home, '.npm'));
      // The runner evaluates the job-status default (${{ job.status }}) when the post step starts.
      return step('post', {
        ...actionInputEnv({ ...with_, 'job-status': 'success' }),
        ...stateEnv(main.state),
      });
    },
  };
}

const warnings = (step: StepResult) => step.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
const UPLOADS = /^(upload 204,)+$/;

describe('the github backend on GHES, main then post', () => {
  let firstKey = '';

  it('misses, then the post step saves through reserve, chunks, commit and a confirming lookup', async () => {
    const one = await job('one', lock('1'));
    expect(one.main).toMatchObject({ code: 0, stderr: '' });
    expect(one.main.outputs).toMatchObject({ 'cache-hit': 'false', 'cache-matched-key': '' });
    expect(one.calls.main).toEqual(['lookup 204']);
    firstKey = one.main.outputs['cache-primary-key'] ?? '';
    const post = await one.post();
    expect(post).toMatchObject({ code: 0, stderr: '' });
    expect(warnings(post)).toEqual([]);
    expect(post.stdout).toContain(`npm: saved`);
    expect(post.stdout).toContain(`as ${firstKey}`);
    const [reserve, ...rest] = one.calls.post;
    expect(reserve).toBe('reserve 201');
    expect(`${rest.slice(0, -2).join(',')},`).toMatch(UPLOADS);
    expect(rest.slice(-2)).toEqual(['commit 204', 'lookup 200']);
  });

  it('a fresh machine restores the exact key and its post step saves nothing', async () => {
    const two = await job('two', lock('1'));
    expect(two.main).toMatchObject({ code: 0, stderr: '' });
    expect(two.main.outputs).toMatchObject({ 'cache-hit': 'true', 'cache-matched-key': firstKey });
    expect(two.calls.main).toEqual(['lookup 200', 'download 200']);
    expect(await readdir(join(box.root, 'two-home/.npm'))).not.toEqual([]);
    expect((await two.post()).code).toBe(0);
    expect(two.calls.post).toEqual([]);
  });

  it('another lockfile restores through the restore key, then saves its own key', async () => {
    const three = await job('three', lock('2'));
    expect(three.main.outputs).toMatchObject({ 'cache-hit': 'false', 'cache-matched-key': firstKey });
    expect(three.main.outputs['cache-primary-key']).not.toBe(firstKey);
    expect(three.calls.main).toEqual(['lookup 200', 'download 200']);
    expect((await three.post()).stdout).toContain('npm: saved');
  });

  it('two jobs that both missed: the second post step finds the key taken and says so', async () => {
    const [a, b] = [await job('race-a', lock('3')), await job('race-b', lock('3'))];
    expect(warnings(await a.post())).toEqual([]);
    const second = await b.post();
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(warnings(second)).toEqual([]);
    expect(second.stdout).toContain('npm: already saved by another job');
    expect(b.calls.post).toEqual(['reserve 409', 'lookup 200']);
  });
});

describe('the github backend on GHES when things go wrong', () => {
  it('an archive damaged on the way down is a miss with a warning, and the step goes on', async () => {
    ghes.faults.corruptDownload = true;
    try {
      const bent = await job('bent', lock('1'));
      expect(bent.main.code).toBe(0);
      expect(bent.main.outputs).toMatchObject({ 'cache-hit': 'false' });
      expect(bent.calls.main).toEqual(['lookup 200', 'download 200']);
      expect(warnings(bent.main).join('\n')).toMatch(/Failed to restore/);
    } finally {
      ghes.faults.corruptDownload = false;
    }
  });

  it('a commit the service rejects is a warning, never "saved"', async () => {
    ghes.faults.rejectCommit = true;
    try {
      const post = await (await job('rejected', lock('4'))).post();
      expect(post.code).toBe(0);
      expect(post.stdout).not.toContain('npm: saved');
      expect(warnings(post).join('\n')).toMatch(
        /The npm cache was not saved \(github backend\): .*did not save the entry/,
      );
    } finally {
      ghes.faults.rejectCommit = false;
    }
  });

  it('GHES without ACTIONS_CACHE_URL: one warning with the reason, and no cache call at all', async () => {
    // ACTIONS_RESULTS_URL alone would send @actions/cache's v1 calls there; the detection refuses instead.
    const rest = { ...stepEnv };
    delete rest.ACTIONS_CACHE_URL;
    const off = await job('off', lock('1'), { ...rest, ACTIONS_RESULTS_URL: ghes.url });
    expect(off.main).toMatchObject({ code: 0, stderr: '' });
    expect(warnings(off.main)).toEqual([
      "::warning::Dependency caching is skipped: GitHub's cache service is not available here: the runner " +
        'announced no v1 cache service (ACTIONS_CACHE_URL is not set; on GHES an administrator turns ' +
        'Actions caching on). Use cache-backend s3 or local, or cache: false',
    ]);
    expect(off.calls.main).toEqual([]);
  });
});
