/**
 * action.yml, the CLI and the parsers agree with the one input table; action.yml declares every output
 * login sets.
 */
import { CACHE_INPUT_NAMES } from '../../src/core/cache-config.js';
import { LOGIN_INPUT_NAMES } from '../../src/core/config.js';
import { INPUTS, flagHelp, inputEnvName } from '../../src/core/input-table.js';
import { buildProgram } from '../../src/cli/program.js';
import { TOOL_NAMES } from '../../src/ecosystems/index.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { required?: boolean; description?: string; default?: string }>;
  outputs: Record<string, unknown>;
  runs: Record<string, string>;
};

it("action.yml's inputs are the table's: same names in the same order, descriptions, defaults, required", () => {
  const fromTable = Object.fromEntries(
    INPUTS.map((spec) => [
      spec.name,
      {
        description: spec.description,
        required: spec.required === true,
        ...(spec.default === undefined ? {} : { default: spec.default }),
      },
    ]),
  );
  // toEqual on the whole mapping names the drifting input and field in its diff.
  expect(action.inputs).toEqual(fromTable);
  expect(Object.keys(action.inputs)).toEqual(INPUTS.map((spec) => spec.name));
});

it('login and the cache parsers read exactly the inputs the table gives them', () => {
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
    'cache-primary-key',
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

it('the CLI takes every input as a flag of the same name, with the help and default of the table', () => {
  const login = buildProgram().commands.find((c) => c.name() === 'login');
  const flags = login?.options.map((o) => o.long?.slice(2)) ?? [];
  expect(flags).toEqual(expect.arrayContaining([...LOGIN_INPUT_NAMES]));
  for (const option of login?.options ?? []) {
    const spec = INPUTS.find((s) => s.name === option.long?.slice(2));
    if (spec !== undefined) expect(option.description).toBe(flagHelp(spec));
  }
  expect(login?.options.find((o) => o.long === '--duration-seconds')?.description).toMatch(
    /\(default 43200\)$/,
  );
});

it('no flag is called --env-file: Node 20 takes it for its own option, anywhere in argv', () => {
  const all = buildProgram().commands.flatMap((c) => c.options.map((o) => o.long));
  expect(all).not.toContain('--env-file');
  expect(all).toContain('--export-file');
});

it('the env name of each input is CODEARTIFACT_CACHE_ and its name in upper snake case', () => {
  expect(inputEnvName('domain-owner')).toBe('CODEARTIFACT_CACHE_DOMAIN_OWNER');
  expect(
    INPUTS.map((s) => inputEnvName(s.name)).every((n) => /^CODEARTIFACT_CACHE_[A-Z0-9_]+$/.test(n)),
  ).toBe(true);
});

it.each(['restore', 'save'])(
  'the CLI %s command takes every cache input as a flag of the same name',
  (name) => {
    const command = buildProgram().commands.find((c) => c.name() === name);
    const flags = command?.options.map((o) => o.long?.slice(2)) ?? [];
    const cli = CACHE_INPUT_NAMES.filter((n) => !INPUTS.find((s) => s.name === n)?.actionOnly);
    expect(flags).toEqual(expect.arrayContaining([...cli, 'state-dir']));
    expect(flags).not.toContain('job-status');
  },
);
