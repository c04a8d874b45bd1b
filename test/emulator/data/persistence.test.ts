import { startEmulator } from '../../../src/emulator/index.js';
import { repositoryEndpoint } from '../../../src/emulator/context.js';
import { tempDir } from '../../helpers/clients.js';
import { addToken, closedPort, OWNER, smallPublicPackages } from './harness.js';

test('retained versions and their bytes survive a restart, served with the public side unreachable', async () => {
  const tmp = await tempDir('data-persist');
  const [pkg] = smallPublicPackages(1);
  const path = `${pkg!.name}/-/${pkg!.name.split('/').pop()}-${pkg!.version}.tgz`;
  const get = async (emu: Awaited<ReturnType<typeof startEmulator>>) => {
    const url = `${repositoryEndpoint(emu.ctx, 'npm', 'acme', OWNER, 'internal')}${path}`;
    const res = await fetch(url, { headers: { authorization: `Bearer ${addToken(emu)}` } });
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  try {
    const first = await startEmulator({ port: 0, dataDir: tmp.dir });
    const fetched = await get(first);
    await first.close();
    expect(fetched.status).toBe(200);

    const second = await startEmulator({
      port: 0,
      dataDir: tmp.dir,
      publicNpm: `http://127.0.0.1:${await closedPort()}/npm/`,
    });
    try {
      const again = await get(second);
      expect(again.status).toBe(200);
      expect(again.bytes.equals(fetched.bytes)).toBe(true);
      expect(second.ctx.audit.counters().externalFetches).toMatchObject({ metadata: 0, assets: 0 });
    } finally {
      await second.close();
    }
  } finally {
    await tmp.cleanup();
  }
});
