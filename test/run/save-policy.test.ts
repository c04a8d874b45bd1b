/**
 * When the post step saves: by default only after a job that has succeeded so far (the runner fills in
 * `job-status`), with always / never as choices; dry-run writes nothing in either step; cleanup runs
 * whatever save decides. Real local store and real npm; the platform is the in-memory one.
 */
import { cp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CACHE_INPUT_NAMES } from '../../src/core/cache-config.js';
import { parseCacheInputs } from '../../src/core/cache-inputs.js';
import { saveDecision } from '../../src/core/save-policy.js';
import { MemoryPlatform } from '../../src/platform/memory.js';
import type { PlatformName } from '../../src/platform/types.js';
import { actionPost } from '../../src/run/post-step.js';
import { restore } from '../../src/run/restore.js';
import { save } from '../../src/run/save.js';
import { makeTree } from '../helpers/cache-fixtures.js';
import { cleanEnv, tempDir } from '../helpers/clients.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let project: string;
let storeDir: string;

beforeEach(async () => {
  tmp = await tempDir('save-policy');
  project = join(tmp.dir, 'web');
  storeDir = join(tmp.dir, 'store');
  await cp('test/fixtures/lockfiles/apps/web', project, { recursive: true });
});
afterEach(() => tmp.cleanup());

const stored = () =>
  readdir(storeDir).then(
    (names) => names.length,
    () => 0,
  );

async function machine(name: PlatformName, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const home = join(tmp.dir, 'home');
  await makeTree(join(home, '.npm'));
  const raw = {
    tools: 'npm',
    'working-directory': project,
    'cache-backend': 'local',
    'local-cache-dir': storeDir,
    'cache-scope': 'web',
    ...inputs,
  };
  const platform = new MemoryPlatform({
    name,
    homeDir: home,
    env: { ...cleanEnv(home), ...env },
    inputs: raw,
  });
  return { platform, config: parseCacheInputs(raw, name) };
}

it.each([
  ['success', 'on-success', 1],
  ['failure', 'on-success', 0],
  ['cancelled', 'on-success', 0],
  // Where nothing evaluated the expression (a runner stand-in), the status is unknown: no save.
  ['${{ job.status }}', 'on-success', 0],
  ['failure', 'always', 1],
  ['success', 'never', 0],
])('on GitHub, job-status %s with save-cache %s saves %d entries', async (status, policy, entries) => {
  const { platform, config } = await machine('github', { 'job-status': status, 'save-cache': policy });
  await save(config, platform);
  expect(await stored()).toBe(entries);
  if (entries === 0) expect(platform.logs.join('\n')).toMatch(/The dependency cache is not saved: /);
});

it.each([
  ['0', 0],
  ['1', 1],
])('in CodeBuild, CODEBUILD_BUILD_SUCCEEDING=%s saves %d entries', async (succeeding, entries) => {
  const { platform, config } = await machine('codebuild', {}, { CODEBUILD_BUILD_SUCCEEDING: succeeding });
  await save(config, platform);
  expect(await stored()).toBe(entries);
});

it('dry-run: restore asks no store and keeps no state, save writes no entry; the keys are still reported', async () => {
  const { platform, config } = await machine('github', { 'dry-run': 'true', 'job-status': 'success' });
  const restored = await restore(config, platform);
  expect(restored.outputs['cache-primary-key']).toMatch(/^codeartifact-cache-web-.+-npm-/);
  expect(platform.reports.join('')).toContain(`npm: ${restored.outputs['cache-primary-key']}`);
  expect(platform.namedState).toEqual({});
  await save(config, platform);
  expect(await stored()).toBe(0);
});

it('the post step cleans up even when save declines (a failed job)', async () => {
  const { platform } = await machine('github', { 'job-status': 'failure' });
  const tokenFile = join(tmp.dir, 'npmrc');
  await writeFile(tokenFile, '//registry/:_authToken=secret\n', { mode: 0o600 });
  platform.state = JSON.stringify({ version: 1, entries: [{ kind: 'file', path: tokenFile }] });
  await actionPost(platform);
  expect(await readdir(tmp.dir)).not.toContain('npmrc');
  expect(await stored()).toBe(0);
  expect(CACHE_INPUT_NAMES).toContain('job-status');
});

it('the decision itself, for every policy and outcome', () => {
  expect(saveDecision('on-success', false, 'explicit')).toEqual({ save: true });
  expect(saveDecision('always', true, 'success')).toMatchObject({ save: false, why: /dry-run/ });
  expect(saveDecision('on-success', false, 'unknown')).toMatchObject({ save: false, why: /not known/ });
});
