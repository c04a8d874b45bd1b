import {
  DescribePackageCommand,
  DescribePackageVersionCommand,
  ListPackagesCommand,
  ListPackageVersionAssetsCommand,
  ListPackageVersionsCommand,
  PutPackageOriginConfigurationCommand,
  ResourceNotFoundException,
  type CodeartifactClient,
} from '@aws-sdk/client-codeartifact';
import { createHash } from 'node:crypto';
import { codeartifactClient } from '../../helpers/aws.js';
import { addVersion } from './fixtures.js';
import { DEFAULT_CONFIG } from '../../../src/emulator/config.js';
import { startEmulator } from '../../../src/emulator/index.js';

let emu: Awaited<ReturnType<typeof startEmulator>>;
let client: CodeartifactClient;
const repo = { domain: 'acme', repository: 'internal' };
const internal = { originType: 'INTERNAL' as const, domainEntryPoint: { repositoryName: 'internal' } };
const external = {
  originType: 'EXTERNAL' as const,
  domainEntryPoint: { externalConnectionName: 'public:npmjs' },
};

beforeAll(async () => {
  // The default domain without its seeded packages, so the listings below hold exactly the fixtures.
  emu = await startEmulator({
    config: { ...DEFAULT_CONFIG, domains: DEFAULT_CONFIG.domains.map((d) => ({ ...d, packages: [] })) },
  });
  client = codeartifactClient(emu.endpoint);
  const where = { domain: 'acme', repository: 'internal' };
  const widget = { format: 'npm' as const, namespace: 'acme', name: 'widget' };
  addVersion(emu.ctx, where, widget, '1.0.0', { publishedTime: 1_700_000_000, origin: internal });
  addVersion(emu.ctx, where, widget, '1.1.0', {
    publishedTime: 1_700_100_000,
    origin: internal,
    distTag: 'latest',
  });
  addVersion(emu.ctx, where, widget, '2.0.0-beta.1', {
    publishedTime: 1_700_200_000,
    origin: internal,
    metadata: {
      description: 'Widgets',
      homepage: 'https://example.test/w',
      license: 'MIT',
      repository: { url: 'git+https://example.test/w.git' },
    },
  });
  addVersion(emu.ctx, where, { format: 'npm', name: 'left-pad' }, '1.3.0', {
    publishedTime: 1_600_000_000,
    origin: external,
  });
  addVersion(emu.ctx, where, { format: 'pypi', name: 'acme-tools' }, '0.9.0', {
    publishedTime: 1_650_000_000,
    origin: internal,
  });
});
afterAll(async () => {
  client.destroy();
  await emu.close();
});

describe('packages', () => {
  test('PutPackageOriginConfiguration blocks a name that has no versions yet', async () => {
    const out = await client.send(
      new PutPackageOriginConfigurationCommand({
        ...repo,
        format: 'npm',
        namespace: 'acme',
        package: 'not-yet',
        restrictions: { publish: 'ALLOW', upstream: 'BLOCK' },
      }),
    );
    expect(out.originConfiguration?.restrictions).toEqual({ publish: 'ALLOW', upstream: 'BLOCK' });
    const described = await client.send(
      new DescribePackageCommand({ ...repo, format: 'npm', namespace: 'acme', package: 'not-yet' }),
    );
    expect(described.package).toEqual({
      format: 'npm',
      namespace: 'acme',
      name: 'not-yet',
      originConfiguration: { restrictions: { publish: 'ALLOW', upstream: 'BLOCK' } },
    });
  });

  test('DescribePackage of an unknown package is ResourceNotFoundException', async () => {
    const err = await client
      .send(new DescribePackageCommand({ ...repo, format: 'npm', package: 'nope' }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResourceNotFoundException);
    expect(err).toMatchObject({ resourceType: 'package', $metadata: { httpStatusCode: 404 } });
  });

  test.each([
    [{}, ['npm::left-pad', 'npm:acme:not-yet', 'npm:acme:widget', 'pypi::acme-tools']],
    [{ format: 'pypi' as const }, ['pypi::acme-tools']],
    [{ format: 'npm' as const, namespace: 'ac' }, ['npm:acme:not-yet', 'npm:acme:widget']],
    [{ packagePrefix: 'wid' }, ['npm:acme:widget']],
    [{ upstream: 'BLOCK' as const }, ['npm:acme:not-yet', 'npm:acme:widget', 'pypi::acme-tools']],
    [{ publish: 'BLOCK' as const }, ['npm::left-pad']],
  ])('ListPackages filters %j', async (filter, expected) => {
    const out = await client.send(new ListPackagesCommand({ ...repo, ...filter }));
    expect(out.packages?.map((p) => `${p.format}:${p.namespace ?? ''}:${p.package}`)).toEqual(expected);
  });

  test('ListPackages paginates', async () => {
    const first = await client.send(new ListPackagesCommand({ ...repo, maxResults: 3 }));
    const rest = await client.send(
      new ListPackagesCommand({ ...repo, maxResults: 3, nextToken: first.nextToken as string }),
    );
    expect([first.packages?.length, rest.packages?.length, rest.nextToken]).toEqual([3, 1, undefined]);
  });
});

describe('package versions', () => {
  const widget = { ...repo, format: 'npm' as const, namespace: 'acme', package: 'widget' };

  test('ListPackageVersions returns origins and the latest tag as default display version', async () => {
    const out = await client.send(new ListPackageVersionsCommand(widget));
    expect(out).toMatchObject({
      format: 'npm',
      namespace: 'acme',
      package: 'widget',
      defaultDisplayVersion: '1.1.0',
    });
    expect(out.versions?.[0]).toEqual({
      version: '1.0.0',
      revision: 'rev-1.0.0',
      status: 'Published',
      origin: internal,
    });
    const sorted = await client.send(new ListPackageVersionsCommand({ ...widget, sortBy: 'PUBLISHED_TIME' }));
    expect(sorted.versions?.map((v) => v.version)).toEqual(['2.0.0-beta.1', '1.1.0', '1.0.0']);
    const none = await client.send(new ListPackageVersionsCommand({ ...widget, status: 'Archived' }));
    expect(none.versions).toEqual([]);
    const pypi = await client.send(
      new ListPackageVersionsCommand({ ...repo, format: 'pypi', package: 'Acme_Tools' }),
    );
    expect(pypi.defaultDisplayVersion).toBe('0.9.0');
    const ext = await client.send(
      new ListPackageVersionsCommand({ ...repo, format: 'npm', package: 'left-pad', originType: 'EXTERNAL' }),
    );
    expect(ext.versions?.[0]?.origin).toEqual(external);
  });

  test('DescribePackageVersion maps the manifest', async () => {
    const out = await client.send(
      new DescribePackageVersionCommand({ ...widget, packageVersion: '2.0.0-beta.1' }),
    );
    expect(out.packageVersion).toMatchObject({
      format: 'npm',
      namespace: 'acme',
      packageName: 'widget',
      displayName: '@acme/widget',
      version: '2.0.0-beta.1',
      summary: 'Widgets',
      homePage: 'https://example.test/w',
      sourceCodeRepository: 'git+https://example.test/w.git',
      licenses: [{ name: 'MIT' }],
      status: 'Published',
      publishedTime: new Date(1_700_200_000_000),
    });
    const missing = client.send(new DescribePackageVersionCommand({ ...widget, packageVersion: '9.9.9' }));
    await expect(missing).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      resourceType: 'package-version',
    });
  });

  test('ListPackageVersionAssets reports sizes and hex hashes', async () => {
    const out = await client.send(
      new ListPackageVersionAssetsCommand({ ...widget, packageVersion: '1.0.0' }),
    );
    const bytes = Buffer.from('widget@1.0.0');
    const hex = (algorithm: string) => createHash(algorithm).update(bytes).digest('hex');
    expect(out).toMatchObject({ version: '1.0.0', versionRevision: 'rev-1.0.0' });
    expect(out.assets).toEqual([
      {
        name: 'package.tgz',
        size: bytes.length,
        hashes: { MD5: hex('md5'), 'SHA-1': hex('sha1'), 'SHA-256': hex('sha256'), 'SHA-512': hex('sha512') },
      },
    ]);
  });
});
