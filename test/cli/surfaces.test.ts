/** The action, the CLI and the parser agree on input names; action.yml declares every output login sets. */
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

it('action.yml has exactly the login inputs, domain and repository required', () => {
  expect(Object.keys(action.inputs).sort()).toEqual([...LOGIN_INPUT_NAMES].sort());
  const required = Object.entries(action.inputs)
    .filter(([, i]) => i.required)
    .map(([name]) => name);
  expect(required).toEqual(['domain', 'repository']);
});

it('action.yml declares every output login can set', () => {
  const outputs = [
    ...TOOL_NAMES.map((t) => `registry-${t}`),
    'expiration',
    'domain-owner',
    'tools',
    'env-file',
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
