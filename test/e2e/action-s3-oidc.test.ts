/**
 * The action as the runner runs it, with the S3 cache and no AWS credentials anywhere in the environment:
 * the job's OIDC token (a local stand-in of the runner's endpoint) → AssumeRoleWithWebIdentity on moto's
 * STS → CodeArtifact (the emulator) and S3 (moto) with the role's credentials alone. Job 1 misses and its
 * post step saves; job 2, on a fresh machine, restores the exact key. Every S3 request is signed with an
 * access key the role handed out (moto's STS keys), in the region the `region` input names.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { actionInputEnv } from '../helpers/action-env.js';
import { makeTree } from '../helpers/cache-fixtures.js';
import { startTap, type Tap } from '../helpers/forward-proxy.js';
import { loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';
import { startMoto, type Moto } from '../helpers/moto.js';
import { startOidcEndpoint, type OidcEndpoint } from '../helpers/oidc.js';
import { runnerFiles, runStep, stateEnv, type StepResult } from '../helpers/runner.js';
import { createBucket, useDummyAwsCredentials } from '../helpers/s3.js';

const ROLE = 'arn:aws:iam::111122223333:role/ci';
const LOCK = '{"name":"app","lockfileVersion":3,"requires":true,"packages":{"":{"name":"app"}}}\n';

let emu: RunningEmulator;
let moto: Moto;
let oidc: OidcEndpoint;
let s3: Tap;
let box: LoginSandbox;
let stepEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  [emu, moto, oidc] = await Promise.all([startEmulator({ port: 0 }), startMoto(), startOidcEndpoint()]);
  s3 = await startTap(moto.endpoint);
  useDummyAwsCredentials(); // this test process only, to create the bucket
  await createBucket(moto.endpoint, 'ci-cache');
  box = await loginSandbox(emu.endpoint);
  stepEnv = {
    ...box.env,
    ...oidc.env,
    AWS_ENDPOINT_URL_STS: moto.endpoint,
    AWS_ENDPOINT_URL_S3: s3.endpoint,
  };
  // No credentials and no region variable: the role and the `region` input are all there is.
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION'])
    delete stepEnv[name];
});

afterAll(async () => {
  await Promise.all([emu?.close(), moto?.stop(), oidc?.close(), s3?.stop()]);
  await box?.cleanup();
});

const with_ = {
  domain: 'acme',
  repository: 'internal',
  region: 'eu-west-1',
  tools: 'npm',
  'role-to-assume': ROLE,
  'cache-backend': 's3',
  's3-bucket': 'ci-cache',
  'cache-scope': 'app',
};

/** One job on a fresh machine (its own HOME): main, then the post step as the runner starts it. */
async function job(
  name: string,
  fill: boolean,
  extra: Record<string, string> = {},
): Promise<{ main: StepResult; post: StepResult }> {
  const home = join(box.root, `${name}-home`);
  await mkdir(home, { recursive: true });
  const env = { ...stepEnv, HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
  const mainFiles = await runnerFiles(box.root, `${name}-main`);
  await writeFile(join(mainFiles.GITHUB_WORKSPACE, 'package-lock.json'), LOCK);
  const inputs = { ...with_, ...extra };
  const main = await runStep('dist/main/index.js', mainFiles, { ...env, ...actionInputEnv(inputs) });
  if (fill) await makeTree(join(home, '.npm'));
  const postFiles = await runnerFiles(box.root, `${name}-post`);
  await writeFile(join(postFiles.GITHUB_WORKSPACE, 'package-lock.json'), LOCK);
  // The runner evaluates the job-status default (${{ job.status }}) when the post step starts.
  const postInputs = actionInputEnv({ ...inputs, 'job-status': 'success' });
  const post = await runStep('dist/post/index.js', postFiles, {
    ...env,
    ...postInputs,
    ...stateEnv(main.state),
  });
  return { main, post };
}

it('saves through S3 with the role alone, and a fresh machine restores the exact key', async () => {
  const first = await job('one', true);
  expect(first.main).toMatchObject({ code: 0, stderr: '' });
  expect(first.main.outputs).toMatchObject({ 'cache-hit': 'false', 'domain-owner': '111122223333' });
  expect(first.post).toMatchObject({ code: 0, stderr: '' });
  expect(first.post.stdout).not.toMatch(/::warning::/);
  expect(first.post.stdout).toMatch(/npm: saved .* as app|npm: saved/);

  const second = await job('two', false);
  expect(second.main.outputs).toMatchObject({ 'cache-hit': 'true', 'cache-hit-npm': 'true' });
  expect(await readdir(join(box.root, 'two-home/.npm'))).not.toEqual([]);

  // Every S3 request was signed with a key from AssumeRoleWithWebIdentity, in the input's region.
  expect(s3.seen.length).toBeGreaterThan(2);
  const masked = [first.main, first.post, second.main].flatMap((s) =>
    s.stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice(12)),
  );
  const keys = masked.filter((m) => /^ASIA[A-Z0-9]{16}$/.test(m)).map((key) => `${key} eu-west-1`);
  expect(s3.seen.filter((r) => !keys.includes(r.accessKeyId ?? ''))).toEqual([]);
  expect(oidc.issued.length).toBeGreaterThanOrEqual(3); // main, post (it assumes afresh), main again
});

it('lookup-only: the outputs say hit with one S3 listing, nothing lands in ~/.npm, post saves nothing', async () => {
  if (s3.seen.length === 0) await job('seed', true);
  s3.seen.length = 0;
  const third = await job('three', false, { 'lookup-only': 'true' });
  expect(third.main).toMatchObject({ code: 0, stderr: '' });
  expect(third.main.outputs).toMatchObject({ 'cache-hit': 'true', 'cache-restored-bytes': '0' });
  expect(third.main.outputs['cache-matched-key']).toBe(third.main.outputs['cache-primary-key']);
  expect(await readdir(join(box.root, 'three-home')).then((names) => names.includes('.npm'))).toBe(false);
  expect(third.post.stdout).toMatch(/npm · skipped: the store holds this exact key already/);
  // Main's and post's S3 requests: the one listing, and no object read or written.
  expect(s3.seen.map((r) => `${r.method} ${/[?&]list-type=2/.test(r.path) ? 'LIST' : r.path}`)).toEqual([
    'GET LIST',
  ]);
});
