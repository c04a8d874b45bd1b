/** Refused credentials: the emulator verifies SigV4 and the caller signs with the wrong secret. */
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { cli, TARGET, useEmulatorEnv } from './helpers.js';

let emu: RunningEmulator;
let undoEnv: () => void;

beforeAll(async () => {
  emu = await startEmulator({
    port: 0,
    credentials: { accessKeyId: 'test-access-key', secretAccessKey: 'right-secret' },
  });
  undoEnv = useEmulatorEnv(emu.endpoint, 'wrong-secret');
});
afterAll(async () => {
  undoEnv?.();
  await emu?.close();
});

it.each([
  [['pause-upstream', ...TARGET, '--yes'], 1],
  [['resume-upstream', ...TARGET, '--yes'], 1],
  // audit's 1 means findings: a gate must be able to tell "exposed" from "could not check".
  [['audit', ...TARGET], 3],
  [['protect', '--domain', 'acme', '--namespace', 'acme', '--repository', 'internal'], 1],
])('%j: one line naming the refusal, exit %d, nothing changed', async (args, code) => {
  const r = await cli(args);
  expect(r.code).toBe(code);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/InvalidSignatureException: .*AWS refused the credentials/);
  const domain = emu.ctx.store.domain('acme', '111122223333');
  expect(domain?.repositories['public-proxy']?.externalConnections).toHaveLength(1);
  expect(Object.keys(domain?.packageGroups ?? {})).not.toContain('/npm/acme/*');
});
