/** Merging fragments into users' buildspecs: table tests over fixture files, no I/O beyond reading them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { BuildspecError, buildspecProblems, fragmentText, mergeChecked } from '../../src/buildspec/index.js';

const fixture = (name: string): string => readFileSync(`test/fixtures/buildspecs/${name}.yml`, 'utf8');

interface Phase {
  commands: string[];
  finally?: string[];
}
interface Spec {
  env?: { variables?: Record<string, string> };
  phases: Record<string, Phase>;
  cache?: { key?: string; 'fallback-keys'?: string[]; paths: string[] };
  artifacts?: unknown;
}
const merge = (file: string, fragment: string): Spec =>
  parse(mergeChecked(fixture(file), fragment, file)) as Spec;
const fragment = (name: string): Spec => parse(fragmentText(name)) as Spec;

const USER_FILES = ['empty', 'install-phase', 'existing-cache', 'article-web-app', 'aws-getting-started'];
describe.each([...USER_FILES, 'pinned-elsewhere'])('merging into %s', (file) => {
  it.each(['npm', 'pip-s3', 'go-local-cache', 'all-in-one-codebuild-s3'])('%s: valid, idempotent', (name) => {
    const once = mergeChecked(fixture(file), name, file);
    expect(buildspecProblems(parse(once))).toEqual([]);
    expect(mergeChecked(once, name, file)).toBe(once);
  });
});

it('puts the fragment first in pre_build and build, save after the user post_build commands', () => {
  const merged = merge('install-phase', 'npm-s3');
  const ours = fragment('npm-s3').phases;
  expect(merged.phases.install).toEqual({
    'runtime-versions': { nodejs: 20 },
    commands: ['npm install -g pnpm@9'],
  });
  expect(merged.phases.pre_build).toEqual(ours.pre_build);
  expect(merged.phases.build?.commands).toEqual([
    '. "$CODEARTIFACT_CACHE_EXPORT_FILE"',
    'npm ci',
    'npm test',
  ]);
  const post = merged.phases.post_build;
  expect(post?.commands[0]).toBe('. "$CODEARTIFACT_CACHE_EXPORT_FILE"');
  expect(post?.commands[1]).toBe('echo "tests done"');
  expect(post?.commands[2]).toMatch(/save --cache-backend s3/);
  expect(post?.finally).toEqual(ours.post_build?.finally);
  expect(merged.artifacts).toEqual({ files: ['dist/**/*'] });
});

it('keeps comments of the user and of the fragment', () => {
  const merged = mergeChecked(fixture('install-phase'), 'npm-s3', 'buildspec.yml');
  expect(merged).toContain("# The user's own buildspec: comments must survive the merge.");
  expect(merged).toContain('# pinned on purpose');
  expect(merged).toContain('# Only a successful build saves');
});

it('keeps existing cache paths and the user value of suggested inputs', () => {
  const merged = merge('existing-cache', 'npm-codebuild-s3');
  expect(merged.cache).toEqual({
    key: 'npm-$(codebuild-hash-files package-lock.json)',
    'fallback-keys': ['npm-'],
    paths: ['/root/.m2/**/*', '/root/.npm/**/*'],
  });
  expect(merged.env?.variables).toMatchObject({ NODE_ENV: 'test', CODEARTIFACT_CACHE_DOMAIN: 'shop' });
  expect(merged.env?.variables?.CODEARTIFACT_CACHE_CLI_URL).toMatch(
    /\/v0\.1\.0\/codeartifact-cache-0\.1\.0\.tgz$/,
  );
});

it('keeps the CLI the user pinned (URL, sha256, vendored path), so re-merging changes nothing whatever the URL', () => {
  const before = parse(fixture('pinned-elsewhere')) as Spec;
  const once = mergeChecked(fixture('pinned-elsewhere'), 'all-in-one-s3', 'b.yml');
  expect((parse(once) as Spec).env?.variables).toMatchObject(before.env?.variables ?? {});
  expect(mergeChecked(once, 'npm', 'b.yml')).toBe(mergeChecked(once, 'npm', 'b.yml'));
  expect(mergeChecked(once, 'all-in-one-s3', 'b.yml')).toBe(once);
  const fetches = (parse(once) as Spec).phases.pre_build?.commands.filter((c) => c.includes('CLI_SHA256'));
  expect(fetches).toHaveLength(1);
});

it('keeps every documented key of the user buildspec as it was', () => {
  const user = parse(fixture('every-key')) as Record<string, unknown>;
  const merged = parse(mergeChecked(fixture('every-key'), 'npm-s3', 'b.yml')) as Record<string, unknown>;
  for (const key of ['run-as', 'proxy', 'batch', 'reports', 'artifacts'])
    expect(merged[key]).toEqual(user[key]);
  expect(merged.env).toMatchObject({
    shell: 'bash',
    'exported-variables': ['BUILD_NUMBER'],
    'secrets-manager': { TOKEN: 'prod/ci:token' },
    'git-credential-helper': 'yes',
  });
  expect(buildspecProblems(merged)).toEqual([]);
  const once = mergeChecked(fixture('every-key'), 'npm-s3', 'b.yml');
  expect(mergeChecked(once, 'npm-s3', 'b.yml')).toBe(once);
});

it.each([
  ['conflicting-key', 'npm-codebuild-s3', /cache\.key is 'deps-\$CODEBUILD_RESOLVED_SOURCE_VERSION' here/],
  [
    'conflicting-variable',
    'go',
    /^(?=.*env\.variables\.GOMODCACHE is '\/go\/pkg\/mod' here)(?=.*env\.parameter-store\.CODEARTIFACT_CACHE_EXPORT_FILE)/,
  ],
  ['version-01', 'npm', /has version 0\.1; fragments need 0\.2/],
])('%s + %s is refused with one line', (file, name, message) => {
  const attempt = () => mergeChecked(fixture(file), name, file);
  expect(attempt).toThrow(BuildspecError);
  expect(attempt).toThrow(message);
  try {
    attempt();
  } catch (error) {
    expect((error as Error).message).not.toContain('\n');
  }
});

it('merges the same fragment family twice without duplicating anything', () => {
  const once = mergeChecked(fixture('empty'), 'npm-local-cache', 'b.yml');
  const twice = parse(mergeChecked(once, 'pip-local-cache', 'b.yml')) as Spec;
  const pre = twice.phases.pre_build?.commands ?? [];
  expect(new Set(pre).size).toBe(pre.length);
  expect(twice.cache?.paths).toEqual(['/root/.npm/**/*', '/root/.cache/pip/**/*']);
});

it('an unknown fragment lists the known ones', () => {
  expect(() => fragmentText('maven')).toThrow(/unknown fragment 'maven'; one of: all-in-one, .*npm-s3/);
});
