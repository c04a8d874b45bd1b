import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  resolveNpmClosure,
  webAppDependencies,
  webAppPackageJson,
} from '../../../src/emulator/public/catalog.js';
import { startPublicRegistry, type PublicRegistry } from '../../../src/emulator/public/server.js';
import { installedPackages, runNode, runNpm, tempDir } from './clients.js';

describe('the web-app fixture', () => {
  let registry: PublicRegistry;
  let cleanup: () => Promise<void>;
  let home: string;
  beforeAll(async () => {
    registry = await startPublicRegistry({ port: 0 });
    ({ dir: home, cleanup } = await tempDir('web-app'));
  });
  afterAll(async () => {
    await registry.close();
    await cleanup();
  });

  it('installs with real npm: exactly its computed closure of ≥ 280 packages', async () => {
    const closure = resolveNpmClosure(webAppDependencies());
    expect(closure.length).toBeGreaterThanOrEqual(280);
    await writeFile(join(home, 'package.json'), JSON.stringify(webAppPackageJson(), null, 2));
    await runNpm(['install'], { cwd: home, registry: registry.npmUrl, home });
    expect(await installedPackages(home)).toEqual(closure);
    const names = new Set(closure.map((id) => id.slice(0, id.lastIndexOf('@'))));
    expect(registry.stats()).toMatchObject({ tarball: closure.length, packument: names.size, notFound: 0 });
    // Every index.js requires its dependencies, so loading the top level parses all ~300 packages' code.
    const load = `for (const d of Object.keys(require('./package.json').dependencies)) require(d); console.log('ok')`;
    expect(await runNode(home, load)).toBe('ok\n');
  });
});
