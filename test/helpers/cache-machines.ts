/**
 * Runs of `restore` and `save` on one project, each on a fresh "machine" (its own HOME), with the npm a test
 * needs first on PATH.
 */
import { chmod, cp, mkdir, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { parseCacheInputs } from '../../src/core/cache-inputs.js';
import { MemoryPlatform } from '../../src/platform/memory.js';
import { cleanEnv } from './clients.js';

/**
 * Puts an `npm` that runs `script` (sh; "$@" holds npm's arguments) in `dir`, and returns `path` with it
 * first: a test decides when and what the tool's directory query answers, and what it does meanwhile.
 */
export async function npmFirstOnPath(dir: string, script: string, path = process.env.PATH ?? '') {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'npm'), `#!/bin/sh\n${script}\n`);
  await chmod(join(dir, 'npm'), 0o755);
  return `${dir}${delimiter}${path}`;
}

/**
 * The web fixture project under `root`, and a maker of machines caching its npm directory in a local store
 * under `root`: machine N has HOME `root/home-N` and CI run id `rN` (so save trusts its own restore's state).
 */
export async function webProjectMachines(root: string, npmScript: string, env: Record<string, string> = {}) {
  const project = join(root, 'web');
  await cp('test/fixtures/lockfiles/apps/web', project, { recursive: true });
  const PATH = await npmFirstOnPath(join(root, 'bin'), npmScript, cleanEnv(root).PATH);
  let run = 0;
  return () => {
    const home = join(root, `home-${++run}`);
    const platform = new MemoryPlatform({
      homeDir: home,
      env: { ...cleanEnv(home), PATH, CODEBUILD_BUILD_ID: `r${run}`, ...env },
    });
    const raw = { tools: 'npm', 'working-directory': project, 'local-cache-dir': join(root, 'store') };
    return { home, platform, config: parseCacheInputs(raw, 'local') };
  };
}
