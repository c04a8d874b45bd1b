/** The project's buildspec schema accepts what CodeBuild documents and rejects what would silently do nothing. */
import { buildspecProblems } from '../../src/buildspec/index.js';

const phases = { build: { commands: ['make'] } };

it.each([
  ['minimal', { version: 0.2, phases }],
  ['version as text', { version: '0.2', phases }],
  [
    'everything documented',
    {
      version: 0.2,
      'run-as': 'builder',
      env: {
        shell: 'bash',
        variables: { A: '1' },
        'parameter-store': { B: '/ci/b' },
        'secrets-manager': { C: 'secret:key' },
        'exported-variables': ['A'],
        'git-credential-helper': 'yes',
      },
      phases: {
        install: { 'runtime-versions': { nodejs: 20 }, commands: ['n'], 'on-failure': 'RETRY-3' },
        pre_build: { commands: ['a'], finally: ['b'], 'on-failure': 'CONTINUE' },
        build: { commands: ['c'], 'run-as': 'root' },
        post_build: { commands: ['d'], 'on-failure': 'ABORT' },
      },
      reports: { unit: { files: ['junit.xml'], 'file-format': 'JUNITXML' } },
      artifacts: { files: ['**/*'], 'discard-paths': true, 'secondary-artifacts': { two: { files: ['x'] } } },
      cache: { key: 'k', 'fallback-keys': ['k-'], action: 'restore', paths: ['/root/.npm/**/*'] },
    },
  ],
  // Shapes from AWS's buildspec reference and its getting-started guide.
  [
    'an install phase with only runtime-versions',
    { version: 0.2, phases: { install: { 'runtime-versions': { java: 'corretto11' } }, ...phases } },
  ],
  [
    'only secondary artifacts',
    {
      version: 0.2,
      phases,
      artifacts: { 'secondary-artifacts': { a: { files: ['x'] }, b: { files: ['y'] } } },
    },
  ],
  [
    'unquoted numbers and booleans in variables',
    { version: 0.2, env: { variables: { N: 20, B: true } }, phases },
  ],
  [
    'batch, proxy and a phase with only finally',
    {
      version: 0.2,
      batch: { 'fast-fail': false, 'build-matrix': { static: { 'ignore-failure': false } } },
      proxy: { 'upload-artifacts': 'yes', logs: 'no' },
      phases: { build: { commands: ['make'] }, post_build: { finally: ['echo done'] } },
    },
  ],
  [
    'on-failure RETRY with a count and a regex, reports with a base directory',
    {
      version: 0.2,
      phases: { build: { commands: ['make'], 'on-failure': 'RETRY-2-Timeout.*' } },
      reports: {
        'arn:aws:codebuild:us-east-1:111122223333:report-group/x': {
          files: ['**/*'],
          'base-directory': 'out',
          'discard-paths': 'yes',
        },
      },
    },
  ],
])('accepts %s', (_, spec) => {
  expect(buildspecProblems(spec)).toEqual([]);
});

it.each([
  ['no phases', { version: 0.2 }, "(top level): must have required property 'phases'"],
  ['version 0.1', { version: 0.1, phases }, '/version: must be equal to one of the allowed values'],
  [
    'a phase typo',
    { version: 0.2, phases: { prebuild: { commands: [] } } },
    "/phases: must NOT have additional properties 'prebuild'",
  ],
  [
    'a phase with nothing to run',
    { version: 0.2, phases: { build: { 'run-as': 'root' } } },
    "/phases/build: must have required property 'commands'",
  ],
  [
    'artifacts with neither files nor secondary artifacts',
    { version: 0.2, phases, artifacts: { name: 'x' } },
    "/artifacts: must have required property 'files'",
  ],
  [
    'cache without paths',
    { version: 0.2, phases, cache: { key: 'k' } },
    "/cache: must have required property 'paths'",
  ],
  [
    'six fallback keys',
    { version: 0.2, phases, cache: { paths: ['a'], 'fallback-keys': ['1', '2', '3', '4', '5', '6'] } },
    '/cache/fallback-keys: must NOT have more than 5 items',
  ],
  [
    'a bad cache action',
    { version: 0.2, phases, cache: { paths: ['a'], action: 'both' } },
    '/cache/action: must be equal to one of the allowed values',
  ],
  [
    'a bad on-failure',
    { version: 0.2, phases: { build: { commands: [], 'on-failure': 'IGNORE' } } },
    '/phases/build/on-failure: must match pattern',
  ],
])('rejects %s', (_, spec, problem) => {
  expect(buildspecProblems(spec).join('\n')).toContain(problem);
});
