// Compile src/ with tsc, then bundle each entry point with ncc into dist/<name>/index.js.
// dist/ is committed: the action and the buildspecs run it without `npm ci`.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync, chmodSync } from 'node:fs';

const ENTRIES = {
  cli: 'build/entry/cli.js',
  main: 'build/entry/action-main.js',
  post: 'build/entry/action-post.js',
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const version = readFileSync('src/cli/version.ts', 'utf8').match(/VERSION = '([^']+)'/)?.[1];
if (version !== pkg.version) {
  console.error(`src/cli/version.ts says ${version} but package.json says ${pkg.version}`);
  process.exit(1);
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
// The buildspec fragments are embedded in the bundle: regenerate src/buildspec/fragments.ts from buildspecs/.
run(process.execPath, ['buildspecs/generate-fragments.mjs']);
rmSync('build', { recursive: true, force: true });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
for (const [name, entry] of Object.entries(ENTRIES)) {
  if (!existsSync(entry)) continue;
  rmSync(`dist/${name}`, { recursive: true, force: true });
  run(process.execPath, [
    'node_modules/@vercel/ncc/dist/ncc/cli.js',
    'build',
    entry,
    '-o',
    `dist/${name}`,
    '--minify',
    '--no-source-map-register',
    '--license',
    'licenses.txt',
    '--quiet',
  ]);
  chmodSync(`dist/${name}/index.js`, 0o755);
}
