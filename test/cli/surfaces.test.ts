/** The action, the CLI and the parser agree on input names; action.yml declares every output login sets. */
import { CACHE_INPUT_NAMES } from '../../src/core/cache-config.js';
import { LOGIN_INPUT_NAMES } from '../../src/core/config.js';
import { buildProgram } from '../../src/cli/program.js';
import { TOOL_NAMES } from '../../src/ecosystems/index.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: Record<string, string>;
};

it('action.yml has exactly the login and cache inputs, domain and repository required', () => {
  const names = new Set([...LOGIN_INPUT_NAMES, ...CACHE_INPUT_NAMES]);
  expect(Object.keys(action.inputs).sort()).toEqual([...names].sort());
  const required = Object.entries(action.inputs)
    .filter(([, i]) => i.required)
    .map(([name]) => name);
  expect(required).toEqual(['domain', 'repository']);
});

it('action.yml declares every output login and restore can set', () => {
  const cacheIds = [...TOOL_NAMES.filter((t) => t !== 'twine'), 'go-build'];
  const outputs = [
    ...TOOL_NAMES.map((t) => `registry-${t}`),
    'expiration',
    'domain-owner',
    'tools',
    'env-file',
    ...['cache-hit', 'cache-matched-key', 'cache-restored-bytes', 'cache-restore-seconds'],
    ...cacheIds.flatMap((id) => [`cache-hit-${id}`, `cache-matched-key-${id}`]),
  ];
  expect(Object.keys(action.outputs).sort()).toEqual(outputs.sort());
});

it('runs main and post from dist on node24, post always', () => {
  expect(action.runs).toMatchObject({
    using: 'node24',
    main: 'dist/main/index.js',
    post: 'dist/post/index.js',
    'post-if': 'always()',
  });
});

it('the CLI takes every input as a flag of the same name', () => {
  const login = buildProgram().commands.find((c) => c.name() === 'login');
  const flags = login?.options.map((o) => o.long?.slice(2)) ?? [];
  expect(flags).toEqual(expect.arrayContaining([...LOGIN_INPUT_NAMES]));
});

it.each(['restore', 'save'])(
  'the CLI %s command takes every cache input as a flag of the same name',
  (name) => {
    const command = buildProgram().commands.find((c) => c.name() === name);
    const flags = command?.options.map((o) => o.long?.slice(2)) ?? [];
    expect(flags).toEqual(expect.arrayContaining([...CACHE_INPUT_NAMES, 'state-dir']));
  },
);
