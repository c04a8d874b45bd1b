// Packs the CLI for a release: `npm pack` (dist/cli only: package.json `files`) into a directory (default
// release/), writes NAME.sha256 beside it in sha256sum's format, and prints the two buildspec variables
// that pin it. Run after `npm run build`:  node scripts/pack-cli.mjs [--out DIR] [--url-base URL]
// The tarball is both the npm-installable package and what the buildspec fragments download and verify.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'release' },
    'url-base': { type: 'string', default: '' },
  },
});
if (!existsSync('dist/cli/index.js')) {
  console.error('dist/cli/index.js is missing: run npm run build first');
  process.exit(1);
}
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
// --ignore-scripts: packing must not run anything; --json names the file without parsing npm's log.
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
    encoding: 'utf8',
  }),
);
const stray = packed.files
  .map((f) => f.path)
  .filter((p) => !/^(package\.json|README\.md|LICENSE|dist\/cli\/)/.test(p));
if (stray.length > 0) {
  console.error(`the package holds files outside dist/cli: ${stray.join(', ')}`);
  process.exit(1);
}
const file = join(out, packed.filename);
const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
writeFileSync(`${file}.sha256`, `${sha256}  ${packed.filename}\n`);
const base = values['url-base'] || `file://${out}`;
console.log(`file=${file}`);
console.log(`sha256=${sha256}`);
console.log(`CODEARTIFACT_CACHE_CLI_URL=${base.replace(/\/$/, '')}/${packed.filename}`);
console.log(`CODEARTIFACT_CACHE_CLI_SHA256=${sha256}`);
