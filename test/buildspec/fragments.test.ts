/** The fragments in buildspecs/: embedded verbatim, valid, pinned, and shaped so a cache never fails a build. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildspecProblems, fragmentNames, fragmentText } from '../../src/buildspec/index.js';
import { VERSION } from '../../src/cli/version.js';
// @ts-expect-error: a plain .mjs script without types
import { fragmentsModule, readFragments } from '../../buildspecs/generate-fragments.mjs';

const files = readdirSync('buildspecs').filter((file) => file.endsWith('.yml'));
const examples = readdirSync('buildspecs/examples').map((file) => `examples/${file}`);
const load = (file: string) => parse(readFileSync(`buildspecs/${file}`, 'utf8')) as Spec;
interface Spec {
  env: { variables: Record<string, string> };
  phases: Record<string, { commands: string[]; finally?: string[] }>;
  cache?: { key?: string; paths: string[] };
}

it('src/buildspec/fragments.ts is generated from buildspecs/*.yml (node buildspecs/generate-fragments.mjs)', () => {
  const generated = (fragmentsModule as (f: unknown) => string)((readFragments as () => unknown)());
  expect(readFileSync('src/buildspec/fragments.ts', 'utf8')).toBe(generated);
  expect(fragmentNames()).toEqual(files.map((file) => file.slice(0, -4)).sort());
});

it('has npm, pip, go and all-in-one, each in four variants', () => {
  const variants = ['', '-s3', '-local-cache', '-codebuild-s3'];
  const expected = ['npm', 'pip', 'go', 'all-in-one'].flatMap((tool) => variants.map((v) => `${tool}${v}`));
  expect(fragmentNames()).toEqual(expected.sort());
});

it.each([...files, ...examples])('%s is a valid buildspec', (file) => {
  expect(buildspecProblems(load(file))).toEqual([]);
});

const fetchStep = load('npm.yml').phases.pre_build?.commands[0];

it.each([...files, ...examples])('%s fetches this version by URL + sha256, then logs in first', (file) => {
  const spec = load(file);
  const release = `/v${VERSION}/codeartifact-cache-${VERSION}.tgz`;
  expect(spec.env.variables.CODEARTIFACT_CACHE_CLI_URL?.endsWith(release)).toBe(true);
  expect(spec.env.variables).toHaveProperty('CODEARTIFACT_CACHE_CLI_SHA256');
  expect(spec.env.variables.CODEARTIFACT_CACHE_CLI).toMatch(/\/dist\/cli\/index\.js$/);
  const pre = spec.phases.pre_build?.commands ?? [];
  // The same text in every fragment, so merging two fragments fetches once.
  expect(pre[0]).toBe(fetchStep);
  expect(pre[1]).toBe('node "$CODEARTIFACT_CACHE_CLI" login');
  expect(pre[2]).toBe('. "$CODEARTIFACT_CACHE_EXPORT_FILE"');
  expect(spec.phases.build?.commands[0]).toBe(pre[2]);
  expect(spec.phases.post_build?.commands[0]).toBe(pre[2]);
  expect(spec.phases.post_build?.finally).toEqual(['node "$CODEARTIFACT_CACHE_CLI" cleanup || true']);
});

it.each(files.filter((f) => !/-(local-cache|codebuild-s3)\.yml$/.test(f)))(
  '%s: cache problems cannot fail it',
  (file) => {
    const spec = load(file);
    const restore = spec.phases.pre_build?.commands.find((c) => c.includes(' restore'));
    const save = spec.phases.post_build?.commands.find((c) => c.includes(' save'));
    expect(restore).toMatch(/ \|\| echo "[^"]+"$/);
    expect(save).toMatch(
      /^if \[ "\$CODEBUILD_BUILD_SUCCEEDING" = 1 \]; then .* save.* \|\| echo "[^"]+"; fi$/,
    );
    expect(spec.cache).toBeUndefined();
  },
);

it.each(files.filter((f) => /-(local-cache|codebuild-s3)\.yml$/.test(f)))('%s: CodeBuild caches', (file) => {
  const spec = load(file);
  expect(spec.phases.pre_build?.commands.join('\n')).not.toMatch(/ restore/);
  expect(spec.cache?.paths.every((p) => p.startsWith('/root/') && p.endsWith('/**/*'))).toBe(true);
  expect(spec.cache?.key === undefined).toBe(file.endsWith('-local-cache.yml'));
});

it('prints a fragment exactly as the file', () => {
  expect(fragmentText('npm-s3')).toBe(readFileSync('buildspecs/npm-s3.yml', 'utf8'));
});
