import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { npmCatalog, resolveNpmClosure } from '../../../src/emulator/public/catalog.js';
import { startPublicRegistry, type PublicRegistry } from '../../../src/emulator/public/server.js';
import { installedPackages, runNode, runNpm, tempDir } from './clients.js';

/** A mid-layer catalog package with a handful of transitive dependencies and no heavyweights. */
function smallTarget(): { name: string; range: string; closure: string[] } {
  const { packages } = npmCatalog();
  for (const pkg of packages.values()) {
    const range = `^${pkg.versions.at(-1)?.version}`;
    const closure = resolveNpmClosure({ [pkg.name]: range });
    const heavy = closure.some((id) => packages.get(id.slice(0, id.lastIndexOf('@')))?.large);
    if (pkg.layer === 2 && closure.length >= 4 && closure.length <= 12 && !heavy)
      return { name: pkg.name, range, closure };
  }
  throw new Error('No small mid-layer package in the catalog');
}

describe('real npm against the public registry', () => {
  let registry: PublicRegistry;
  let home: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    registry = await startPublicRegistry({ port: 0 });
    ({ dir: home, cleanup } = await tempDir('npm-client'));
  });
  afterAll(async () => {
    await registry.close();
    await cleanup();
  });

  const project = async (name: string, dependencies: Record<string, string> = {}): Promise<string> => {
    const dir = join(home, name);
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ name, version: '1.0.0', private: true, dependencies }),
    );
    return dir;
  };

  it('installs a small project with its whole dependency closure, and the code loads', async () => {
    const target = smallTarget();
    const dir = await project('small-app', { [target.name]: target.range });
    await runNpm(['install'], { cwd: dir, registry: registry.npmUrl, home });
    expect(await installedPackages(dir)).toEqual(target.closure);
    const loaded = await runNode(
      dir,
      `console.log(typeof require(${JSON.stringify(target.name)}).dependencies)`,
    );
    expect(loaded).toBe('object\n');
    expect(registry.stats().tarball).toBe(target.closure.length);
  });

  it('accepts `npm publish` of a scoped package, then serves it to `npm install`', async () => {
    const leaf = [...npmCatalog().packages.values()].find((p) => p.layer === 0 && !p.large);
    const leafVersion = leaf?.versions.at(-1)?.version ?? '';
    const pkgDir = join(home, 'publish-src');
    await mkdir(pkgDir, { recursive: true });
    const manifest = {
      name: '@fmt/published-demo',
      version: '1.2.3',
      main: 'index.js',
      dependencies: { [leaf?.name ?? '']: `^${leafVersion}` },
    };
    await writeFile(join(pkgDir, 'package.json'), JSON.stringify(manifest));
    await writeFile(join(pkgDir, 'index.js'), 'module.exports = "published";\n');
    const auth = [`${registry.npmUrl.replace(/^http:/, '')}:_authToken=any-token-will-do`];
    await runNpm(['publish', '--access', 'public'], {
      cwd: pkgDir,
      registry: registry.npmUrl,
      home,
      userConfig: auth,
    });
    expect(registry.stats().publish).toBe(1);
    await expect(
      runNpm(['publish'], { cwd: pkgDir, registry: registry.npmUrl, home, userConfig: auth }),
    ).rejects.toThrow(/403|previously published/);

    const dir = await project('consumer', { '@fmt/published-demo': '^1.2.0' });
    await runNpm(['install'], { cwd: dir, registry: registry.npmUrl, home });
    expect(await installedPackages(dir)).toEqual(
      [`${leaf?.name}@${leafVersion}`, '@fmt/published-demo@1.2.3'].sort((a, b) => a.localeCompare(b)),
    );
    expect(await readFile(join(dir, 'node_modules/@fmt/published-demo/index.js'), 'utf8')).toContain(
      'published',
    );
  });

  it('lets a test inject a spoofed private package that npm then installs', async () => {
    registry.publishNpm('@acme/auth', '99.0.0', {
      files: [{ path: 'index.js', content: Buffer.from('module.exports = "spoofed";\n') }],
    });
    const dir = await project('victim', { '@acme/auth': '*' });
    await runNpm(['install'], { cwd: dir, registry: registry.npmUrl, home });
    expect(await installedPackages(dir)).toEqual(['@acme/auth@99.0.0']);
    expect(await readFile(join(dir, 'node_modules/@acme/auth/index.js'), 'utf8')).toContain('spoofed');
  });
});
