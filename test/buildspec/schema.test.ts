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
    'a phase without commands',
    { version: 0.2, phases: { build: { finally: ['x'] } } },
    "/phases/build: must have required property 'commands'",
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
