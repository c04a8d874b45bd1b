import { readdir } from 'node:fs/promises';
import { startPublicRegistry, type PublicRegistry } from '../../../src/emulator/public/server.js';
import { pipInstall, python, tempDir } from './clients.js';

describe('real pip against the public registry', () => {
  let registry: PublicRegistry;
  beforeAll(async () => {
    registry = await startPublicRegistry({ port: 0 });
  });
  afterAll(() => registry.close());

  it('installs a wheel and its transitive Requires-Dist, skipping dependencies whose marker is false', async () => {
    const { dir, cleanup } = await tempDir('pip-target');
    try {
      await pipInstall(`${registry.pypiUrl}simple/`, dir, ['cobalt-cli']);
      const installed = (await readdir(dir)).filter((d) => d.endsWith('.dist-info')).sort();
      expect(installed).toEqual([
        'cobalt_cli-1.4.0.dist-info',
        'fern_http-3.2.0.dist-info',
        'quill_parse-1.0.0.dist-info',
        'tidy_config-1.2.0.dist-info',
        'zephyr_log-2.1.3.dist-info',
      ]);
      const code =
        'import sys; sys.path.insert(0, sys.argv[1]); import cobalt_cli, zephyr_log; print(cobalt_cli.__version__)';
      expect(await python(code, dir)).toBe('1.4.0\n');
      expect(registry.stats()).toMatchObject({ file: 5, notFound: 0 });
    } finally {
      await cleanup();
    }
  });

  it('installs a release published at run time, honouring version pins', async () => {
    registry.publishPypi('Pebble.Units', '1.1.0', { requiresDist: ['raven-retry>=0.7'] });
    const { dir, cleanup } = await tempDir('pip-target');
    try {
      await pipInstall(`${registry.pypiUrl}simple/`, dir, ['pebble-units>=1.1', 'opal-schema==0.3.0']);
      const installed = (await readdir(dir)).filter((d) => d.endsWith('.dist-info')).sort();
      expect(installed).toEqual([
        'opal_schema-0.3.0.dist-info',
        'pebble_units-1.1.0.dist-info',
        'raven_retry-0.7.0.dist-info',
      ]);
    } finally {
      await cleanup();
    }
  });
});
