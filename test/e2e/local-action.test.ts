/**
 * The action under GitHub's own runner stand-in, `@github/local-action` (nobody here wrote it). It imports
 * src/entry/main-run.ts and post-run.ts through tsx, swaps @actions/core for its stubs — `getInput` falls
 * back to action.yml's defaults, state stays in memory from main to post — and prints the outputs. Only
 * domain, repository and tools are given: every other input is action.yml's default, read by its own
 * parser. CodeArtifact is the emulator. local-action exits 0 even when the action fails, so the test reads
 * what it printed.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { run, type RunResult } from '../helpers/clients.js';
import { loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';

const LOCAL_ACTION = resolve('node_modules/@github/local-action/bin/local-action.js');
/** What the workflow's `with:` would say; nothing else is given. */
const ENV_FILE = [
  'INPUT_DOMAIN=acme',
  'INPUT_DOMAIN-OWNER=111122223333',
  'INPUT_REPOSITORY=internal',
  'INPUT_TOOLS=npm',
]
  .map((line) => `${line}\n`)
  .join('');

let emu: RunningEmulator;
let box: LoginSandbox;
let result: RunResult;

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  box = await loginSandbox(emu.endpoint);
  const envFile = join(box.root, 'local-action.env');
  await writeFile(envFile, ENV_FILE);
  // local-action asks `npm ls` (in its working directory) where @actions/core is: this repository.
  result = await run(
    process.execPath,
    [LOCAL_ACTION, '.', 'src/entry/main-run.ts', envFile, '--post', 'src/entry/post-run.ts'],
    {
      cwd: resolve('.'),
      // local-action starts tsx through `npm exec`: offline, so npm never reaches for a registry.
      env: {
        ...box.env,
        RUNNER_TEMP: box.root,
        NPM_CONFIG_OFFLINE: 'true',
        NPM_CONFIG_UPDATE_NOTIFIER: 'false',
      },
      timeoutMs: 240_000,
    },
  );
  if (process.env.SHOW_STEP) console.log(result.stdout, result.stderr);
}, 300_000);

afterAll(async () => {
  await emu?.close();
  await box?.cleanup();
});

it('runs main and post with action.yml’s defaults and sets the outputs', () => {
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Running Post Step');
  expect(result.stdout).not.toMatch(/::error::|does not export a run\(\) function/);
  expect(result.stdout).toMatch(
    new RegExp(`'registry-npm'\\s*│\\s*'${emu.endpoint}/npm/d/acme-111122223333/internal/'`),
  );
  expect(result.stdout).toMatch(/'tools'\s*│\s*'npm'/);
});

it('post: the unexpanded `${{ job.status }}` default counts as an unknown status, so on-success does not save', () => {
  // local-action hands action.yml's default through literally; the runner would have expanded it.
  expect(result.stdout).toContain("save-cache is on-success and the job's status is not known here");
});

it('post finds the state main saved (in local-action’s memory) and removes what login wrote', async () => {
  expect(result.stdout).toMatch(/Removed .*codeartifact-cache-[0-9a-f]{8}\/npmrc/);
  expect((await readdir(box.root)).filter((name) => name.startsWith('codeartifact-cache-'))).toEqual([]);
});
