import { closedPort, smallPublicPackages, startHarness, type DataHarness } from './harness.js';

// External metadata is cached per (connection, package) for metadataTtlSeconds (600 by default) on the
// emulator's clock, which this test drives by hand.
let clock = Date.parse('2026-01-01T00:00:00Z');
let h: DataHarness;
const [known, unknown] = smallPublicPackages(2);
const TTL_MS = 600_000;

beforeAll(async () => {
  h = await startHarness({ now: () => clock });
});

afterAll(async () => {
  await h?.close();
});

const packument = (name: string) => h.request(`${h.endpoint('npm', 'internal')}${name}`);

test('metadata is fetched once per TTL, and a version published meanwhile shows up after it', async () => {
  const start = h.external().metadata;
  expect((await packument(known!.name)).status).toBe(200);
  expect((await packument(known!.name)).status).toBe(200);
  expect(h.external().metadata).toBe(start + 1);

  h.emu.publicRegistry!.publishNpm(known!.name, '99.1.0');
  const versions = async () =>
    Object.keys(((await (await packument(known!.name)).json()) as { versions: object }).versions);
  expect(await versions()).not.toContain('99.1.0');
  clock += TTL_MS + 1_000;
  expect(await versions()).toContain('99.1.0');
  expect(h.external().metadata).toBe(start + 2);
});

test('when a refresh fails, the last good metadata keeps being served; unknown packages get 502', async () => {
  const original = h.emu.ctx.publicUrls.npm;
  h.emu.ctx.publicUrls.npm = `http://127.0.0.1:${await closedPort()}/npm/`;
  try {
    clock += TTL_MS + 1_000;
    expect((await packument(known!.name)).status).toBe(200);
    expect((await packument(unknown!.name)).status).toBe(502);
  } finally {
    h.emu.ctx.publicUrls.npm = original;
  }
});
