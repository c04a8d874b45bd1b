/**
 * The operational commands resolve the region the way login does: the README's own snippet sets only
 * AWS_DEFAULT_REGION, and audit must run with it (it used to fail with "No AWS region").
 */
import { processDeps } from '../../src/cli/ops-deps.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { cli, TARGET, useEmulatorEnv } from './helpers.js';

let emu: RunningEmulator;
let undoEnv: () => void;

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  undoEnv = useEmulatorEnv(emu.endpoint);
});
afterAll(async () => {
  undoEnv?.();
  await emu?.close();
});

it('audit runs with AWS_DEFAULT_REGION alone', async () => {
  const saved = process.env.AWS_REGION;
  delete process.env.AWS_REGION;
  process.env.AWS_DEFAULT_REGION = 'us-east-1';
  try {
    const r = await cli(['audit', ...TARGET]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
  } finally {
    process.env.AWS_REGION = saved;
    delete process.env.AWS_DEFAULT_REGION;
  }
});

it.each([
  ['the --region flag', 'ap-south-1', { AWS_REGION: 'eu-west-1' }, 'ap-south-1'],
  ['AWS_REGION', undefined, { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-east-2' }, 'eu-west-1'],
  ['AWS_DEFAULT_REGION', undefined, { AWS_DEFAULT_REGION: 'us-east-2' }, 'us-east-2'],
])('the region from %s', async (_from, input, env, expected) => {
  expect(await processDeps(env).region(input)).toBe(expected);
});

it('no region at all: exit 3 for audit, with the one line that says what to set', async () => {
  const saved = { region: process.env.AWS_REGION, config: process.env.AWS_CONFIG_FILE };
  delete process.env.AWS_REGION;
  delete process.env.AWS_DEFAULT_REGION;
  try {
    const r = await cli(['audit', ...TARGET]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^codeartifact-cache: audit could not run: No AWS region: give the 'region' input/,
    );
  } finally {
    process.env.AWS_REGION = saved.region;
  }
});
