#!/usr/bin/env node
// Login benchmark: `codeartifact-cache login --tools npm` (dist/cli) vs `aws codeartifact login --tool npm`
// against the same emulator, alternating runs; and the action's own time from process start to outputs
// written (dist/main, as the runner starts it). Run after `npm run build`:  node bench/login.mjs [--runs 15]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

// parseArgs, not indexOf: with no flag, indexOf is -1 and argv[0] (node's path) became NaN runs.
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of pairs, at least 1 (got '${values.runs}')`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'ca-login-bench-'));
const FLAGS = ['--domain', 'acme', '--domain-owner', '111122223333', '--repository', 'internal'];

function startEmulator() {
  const child = spawn(process.execPath, ['dist/cli/index.js', 'emulator', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((done, fail) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /^CODEARTIFACT_ENDPOINT=(.+)$/.exec(line);
      if (m) done({ child, endpoint: m[1] });
    });
    child.once('exit', (code) => fail(new Error(`emulator exited ${code}`)));
  });
}

/** A clean environment: this machine's AWS, npm and pip settings left out, HOME in the bench directory. */
function baseEnv(home, endpoint) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(AWS_|npm_|PIP_|GITHUB_|RUNNER_|INPUT_)/i.test(k)),
  );
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, 'global-npmrc'), '');
  return {
    ...env,
    HOME: home,
    NPM_CONFIG_USERCONFIG: join(home, '.npmrc'),
    NPM_CONFIG_GLOBALCONFIG: join(home, 'global-npmrc'),
    AWS_ENDPOINT_URL_CODEARTIFACT: endpoint,
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: join(home, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'aws-credentials'),
  };
}

/** Wall-clock milliseconds of one command, which must succeed. */
function timed(command, args, env, cwd = work) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { env, cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

/** One run of the action's main step; ms from spawn to GITHUB_OUTPUT written, and to exit. */
function actionRun(env, i) {
  const dir = join(work, `action-${i}`);
  mkdirSync(join(dir, 'temp'), { recursive: true });
  const files = Object.fromEntries(
    ['ENV', 'OUTPUT', 'STATE', 'STEP_SUMMARY'].map((n) => [`GITHUB_${n}`, join(dir, n)]),
  );
  Object.values(files).forEach((path) => writeFileSync(path, ''));
  const inputs = {
    INPUT_DOMAIN: 'acme',
    'INPUT_DOMAIN-OWNER': '111122223333',
    INPUT_REPOSITORY: 'internal',
    INPUT_TOOLS: 'npm',
    'INPUT_DURATION-SECONDS': '43200',
    INPUT_AUDIENCE: 'sts.amazonaws.com',
  };
  const start = Date.now();
  const exitMs = timed(
    process.execPath,
    [resolve('dist/main/index.js')],
    { ...env, ...files, ...inputs, RUNNER_TEMP: join(dir, 'temp'), GITHUB_ACTIONS: 'true' },
    dir,
  );
  return { outputsMs: statSync(files.GITHUB_OUTPUT).mtimeMs - start, exitMs };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

const { child, endpoint } = await startEmulator();
try {
  const oursEnv = baseEnv(join(work, 'ours'), endpoint);
  const awsEnv = baseEnv(join(work, 'aws'), endpoint);
  const ours = [];
  const aws = [];
  const node = [];
  // One untimed run each: first-run disk caches are not what CI pays every time.
  timed(process.execPath, [resolve('dist/cli/index.js'), 'login', ...FLAGS, '--tools', 'npm'], oursEnv);
  timed('aws', ['codeartifact', 'login', '--tool', 'npm', ...FLAGS], awsEnv);
  for (let i = 0; i < runs; i++) {
    const pair = [
      () =>
        ours.push(
          timed(
            process.execPath,
            [resolve('dist/cli/index.js'), 'login', ...FLAGS, '--tools', 'npm'],
            oursEnv,
          ),
        ),
      () => aws.push(timed('aws', ['codeartifact', 'login', '--tool', 'npm', ...FLAGS], awsEnv)),
    ];
    // Alternate which goes first, so neither always runs on a machine the other just warmed.
    (i % 2 ? pair.reverse() : pair).forEach((f) => f());
    node.push(timed(process.execPath, ['-e', '0'], oursEnv));
  }
  const action = Array.from({ length: runs }, (_, i) => actionRun(oursEnv, i));
  const ratios = ours.map((ms, i) => ms / aws[i]);
  console.log(
    JSON.stringify(
      {
        runs,
        login_npm_ms: {
          codeartifact_cache: round(median(ours)),
          aws_cli: round(median(aws)),
          node_startup: round(median(node)),
        },
        ratio: {
          of_medians: round(median(ours) / median(aws), 3),
          median_of_pairs: round(median(ratios), 3),
          goal: 0.2,
        },
        action_main_ms: {
          start_to_outputs_written: round(median(action.map((a) => a.outputsMs))),
          start_to_exit: round(median(action.map((a) => a.exitMs))),
        },
      },
      null,
      2,
    ),
  );
} finally {
  child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
