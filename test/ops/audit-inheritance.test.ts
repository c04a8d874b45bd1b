/** audit judges each package by its associated package group's EFFECTIVE modes (INHERIT resolved upwards). */
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { cli, opsApi, TARGET, useEmulatorEnv } from './helpers.js';

let emu: RunningEmulator;
let undoEnv: () => void;
const DOMAIN = { domain: 'acme', domainOwner: '111122223333' };
const INTERNAL = { ...DOMAIN, repository: 'internal' };
const UI = { format: 'npm', namespace: 'acme', name: 'ui' };

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  undoEnv = useEmulatorEnv(emu.endpoint);
  const api = await opsApi();
  // ui's own control is open: only a group can keep public versions of it out.
  await api.putPackageOrigin(INTERNAL, UI, { publish: 'ALLOW', upstream: 'ALLOW' });
  await api.createPackageGroup(DOMAIN, '/npm/*', 'all npm');
  await api.createPackageGroup(DOMAIN, '/npm/acme/*', 'acme: sets nothing, inherits from /npm/*');
});
afterAll(async () => {
  undoEnv?.();
  await emu?.close();
});

const audit = () => cli(['audit', ...TARGET, '--namespace', 'acme']);

test('upstream=ALLOW under groups that inherit ALLOW is a finding', async () => {
  const r = await audit();
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^@acme\/ui\s+upstream=ALLOW and package group \/npm\/acme\/\* leaves it open/m);
});

test('a BLOCK inherited from /npm/* through an INHERIT group closes it: clean', async () => {
  const api = await opsApi();
  await api.setPackageGroupOrigin(DOMAIN, '/npm/*', { EXTERNAL_UPSTREAM: 'BLOCK' });
  const r = await audit();
  expect(r.stdout).toMatch(/^acme\s+\/npm\/acme\/\*\s+INHERIT → BLOCK\s/m);
  expect(r.stdout).toContain('No findings');
  expect(r.code).toBe(0);
});

test('a more specific group that allows again reopens it, whatever the namespace group says', async () => {
  const api = await opsApi();
  await api.createPackageGroup(DOMAIN, '/npm/acme/ui$', 'ui only');
  await api.setPackageGroupOrigin(DOMAIN, '/npm/acme/ui$', { EXTERNAL_UPSTREAM: 'ALLOW' });
  const r = await audit();
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^@acme\/ui\s+upstream=ALLOW and package group \/npm\/acme\/ui\$ leaves it open/m);
});
