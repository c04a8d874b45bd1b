/**
 * The workflows and action.yml checked against SchemaStore's schemas, offline (@action-validator/core, a
 * WebAssembly build of action-validator: actionlint is a Go binary download, not possible here). Breaks
 * when a key is misspelled or misplaced; the last tests show the validator itself rejects such a file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

interface Validation {
  errors: unknown[];
}
// A CommonJS WebAssembly wrapper: required, not imported, so Jest's ESM loader is not involved.
const validator = createRequire(import.meta.url)('@action-validator/core') as {
  validateWorkflow(src: string): Validation;
  validateAction(src: string): Validation;
};

const workflows = readdirSync('.github/workflows').filter((f) => /\.ya?ml$/.test(f));

it('has the CI, check-dist and release workflows', () => {
  expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'check-dist.yml', 'release.yml']));
});

it.each(workflows)('.github/workflows/%s is a valid workflow', (file) => {
  const text = readFileSync(`.github/workflows/${file}`, 'utf8');
  expect(validator.validateWorkflow(text).errors).toEqual([]);
});

it('action.yml is a valid action (node24 checked apart: the schema bundled in 0.6.0 predates it)', () => {
  const text = readFileSync('action.yml', 'utf8');
  const action = parse(text) as { runs: { using: string } };
  expect(action.runs.using).toBe('node24');
  const asNode20 = text.replace(/^(\s*using:\s*)['"]?node24['"]?\s*$/m, '$1node20');
  expect(validator.validateAction(asNode20).errors).toEqual([]);
});

it('release.yml runs on vX.Y.Z tags, runs what CI runs, and publishes only from its own checks', () => {
  const release = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { steps: { run?: string }[]; permissions?: Record<string, string> }>;
  };
  expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
  expect(release.permissions).toEqual({ contents: 'read' });
  const runs = release.jobs.release!.steps.map((s) => s.run ?? '').join('\n');
  for (const step of [
    'bash .ci/run',
    'scripts/pack-cli.mjs',
    'npm install -g --offline',
    'gh release create',
  ])
    expect(runs).toContain(step);
  expect(runs).toContain('scripts/move-major-tag.sh "$GITHUB_REF_NAME"');
  expect(release.jobs.npm!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
});

it.each([
  ['a misspelled key', 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n'],
  [
    'a step with neither run nor uses',
    'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - name: x\n',
  ],
])('the validator rejects %s', (_, text) => {
  expect(validator.validateWorkflow(text).errors).not.toEqual([]);
});
