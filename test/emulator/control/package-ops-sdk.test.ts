import {
  ConflictException,
  CopyPackageVersionsCommand,
  CreatePackageGroupCommand,
  DeletePackageVersionsCommand,
  DeleteRepositoryPermissionsPolicyCommand,
  GetDomainPermissionsPolicyCommand,
  GetPackageVersionAssetCommand,
  GetPackageVersionReadmeCommand,
  GetRepositoryPermissionsPolicyCommand,
  ListAssociatedPackagesCommand,
  ListPackageVersionDependenciesCommand,
  PutDomainPermissionsPolicyCommand,
  PutRepositoryPermissionsPolicyCommand,
  ResourceNotFoundException,
  UpdatePackageVersionsStatusCommand,
  ValidationException,
  type CodeartifactClient,
} from '@aws-sdk/client-codeartifact';
import { codeartifactClient } from '../../helpers/aws.js';
import { addVersion } from './fixtures.js';
import { startEmulator } from '../../../src/emulator/index.js';

// Typed errors and read operations through the JS SDK; what the data plane then serves is covered with npm
// and the AWS CLI in version-ops-cli.test.ts.
let emu: Awaited<ReturnType<typeof startEmulator>>;
let client: CodeartifactClient;
const repo = { domain: 'acme', repository: 'internal' };
const ui = { ...repo, format: 'npm' as const, namespace: 'acme', package: 'ui', packageVersion: '1.4.2' };
const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: ['codeartifact:ReadFromRepository'],
      Resource: '*',
    },
  ],
});

beforeAll(async () => {
  emu = await startEmulator();
  client = codeartifactClient(emu.endpoint);
  addVersion(emu.ctx, repo, { format: 'npm', namespace: 'acme', name: 'ui' }, '1.5.0', {
    publishedTime: 1_700_000_000,
    origin: { originType: 'INTERNAL', domainEntryPoint: { repositoryName: 'internal' } },
    metadata: {
      readme: '# ui\nWidgets.',
      dependencies: { '@acme/auth': '^2.0.0', 'left-pad': '1.3.0' },
      peerDependencies: { react: '>=18' },
    },
  });
});
afterAll(async () => {
  client.destroy();
  await emu.close();
});

const fails = (call: Promise<unknown>) =>
  call.then(
    () => undefined,
    (e: unknown) => e,
  );

test('ListPackageVersionDependencies and GetPackageVersionReadme read the version manifest', async () => {
  const deps = await client.send(
    new ListPackageVersionDependenciesCommand({ ...ui, packageVersion: '1.5.0' }),
  );
  expect(deps.dependencies).toEqual([
    { namespace: 'acme', package: 'auth', dependencyType: 'regular', versionRequirement: '^2.0.0' },
    { package: 'left-pad', dependencyType: 'regular', versionRequirement: '1.3.0' },
    { package: 'react', dependencyType: 'peer', versionRequirement: '>=18' },
  ]);
  const readme = await client.send(new GetPackageVersionReadmeCommand({ ...ui, packageVersion: '1.5.0' }));
  expect(readme).toMatchObject({
    package: 'ui',
    namespace: 'acme',
    version: '1.5.0',
    readme: '# ui\nWidgets.',
  });
});

test('GetPackageVersionAsset streams package.tgz; an Archived version is a ConflictException', async () => {
  const out = await client.send(new GetPackageVersionAssetCommand({ ...ui, asset: 'package.tgz' }));
  const bytes = Buffer.from(await out.asset!.transformToByteArray());
  expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // a gzip stream: the seeded tarball
  expect(out).toMatchObject({ assetName: 'package.tgz', packageVersion: '1.4.2' });
  const missing = await fails(
    client.send(new GetPackageVersionAssetCommand({ ...ui, asset: 'ui-1.4.2.tgz' })),
  );
  expect(missing).toBeInstanceOf(ResourceNotFoundException);
  const { packageVersion, ...pkg } = ui;
  await client.send(
    new UpdatePackageVersionsStatusCommand({ ...pkg, versions: [packageVersion], targetStatus: 'Archived' }),
  );
  const archived = await fails(
    client.send(new GetPackageVersionAssetCommand({ ...ui, asset: 'package.tgz' })),
  );
  expect(archived).toBeInstanceOf(ConflictException);
  await client.send(
    new UpdatePackageVersionsStatusCommand({ ...pkg, versions: [packageVersion], targetStatus: 'Published' }),
  );
});

test('the model validation and the documented refusals come back as typed errors', async () => {
  const { packageVersion, ...pkg } = ui;
  const both = new CopyPackageVersionsCommand({
    domain: 'acme',
    sourceRepository: 'internal',
    destinationRepository: 'public-proxy',
    format: 'npm',
    namespace: 'acme',
    package: 'ui',
    versions: [packageVersion],
    versionRevisions: { [packageVersion]: 'x' },
  });
  expect(await fails(client.send(both))).toBeInstanceOf(ValidationException);
  const disposed = new UpdatePackageVersionsStatusCommand({
    ...pkg,
    versions: [packageVersion],
    targetStatus: 'Disposed',
  });
  expect(await fails(client.send(disposed))).toBeInstanceOf(ValidationException);
  const tooMany = new DeletePackageVersionsCommand({
    ...pkg,
    versions: Array.from({ length: 101 }, (_, i) => `0.0.${i}`),
  });
  expect(await fails(client.send(tooMany))).toBeInstanceOf(ValidationException);
  const noPackage = new DeletePackageVersionsCommand({ ...pkg, package: 'nope', versions: ['1.0.0'] });
  expect(await fails(client.send(noPackage))).toBeInstanceOf(ResourceNotFoundException);
  const mismatch = await client.send(
    new DeletePackageVersionsCommand({ ...pkg, versions: [packageVersion], expectedStatus: 'Archived' }),
  );
  expect(mismatch.failedVersions?.[packageVersion]?.errorCode).toBe('MISMATCHED_STATUS');
  expect(
    emu.ctx.store.domain('acme', '111122223333')?.repositories.internal?.packages['npm:acme:ui']?.versions[
      packageVersion
    ],
  ).toBeDefined();
});

test('permissions policies are stored, returned, locked by revision and deleted', async () => {
  const none = await fails(client.send(new GetRepositoryPermissionsPolicyCommand(repo)));
  expect(none).toBeInstanceOf(ResourceNotFoundException);
  const put = await client.send(
    new PutRepositoryPermissionsPolicyCommand({ ...repo, policyDocument: policy }),
  );
  expect(put.policy).toMatchObject({
    resourceArn: 'arn:aws:codeartifact:us-east-1:111122223333:repository/acme/internal',
    document: policy,
  });
  expect((await client.send(new GetRepositoryPermissionsPolicyCommand(repo))).policy).toEqual(put.policy);
  const stale = new PutRepositoryPermissionsPolicyCommand({
    ...repo,
    policyDocument: policy,
    policyRevision: 'stale',
  });
  expect(await fails(client.send(stale))).toBeInstanceOf(ConflictException);
  const bad = new PutRepositoryPermissionsPolicyCommand({ ...repo, policyDocument: '{"not":"a policy"}' });
  expect(await fails(client.send(bad))).toBeInstanceOf(ValidationException);
  const removed = await client.send(
    new DeleteRepositoryPermissionsPolicyCommand({ ...repo, policyRevision: put.policy!.revision! }),
  );
  expect(removed.policy?.document).toBe(policy);
  expect(await fails(client.send(new GetRepositoryPermissionsPolicyCommand(repo)))).toBeInstanceOf(
    ResourceNotFoundException,
  );
  await client.send(new PutDomainPermissionsPolicyCommand({ domain: 'acme', policyDocument: policy }));
  const domainPolicy = await client.send(new GetDomainPermissionsPolicyCommand({ domain: 'acme' }));
  expect(domainPolicy.policy?.resourceArn).toBe('arn:aws:codeartifact:us-east-1:111122223333:domain/acme');
});

test('ListAssociatedPackages lists the packages whose most specific group is this one, or would be', async () => {
  const preview = await client.send(
    new ListAssociatedPackagesCommand({ domain: 'acme', packageGroup: '/npm/acme/*', preview: true }),
  );
  expect(preview.packages?.map((p) => p.package).sort()).toEqual(['auth', 'ui']);
  const missing = await fails(
    client.send(new ListAssociatedPackagesCommand({ domain: 'acme', packageGroup: '/npm/acme/*' })),
  );
  expect(missing).toBeInstanceOf(ResourceNotFoundException);
  await client.send(new CreatePackageGroupCommand({ domain: 'acme', packageGroup: '/npm/acme/*' }));
  await client.send(new CreatePackageGroupCommand({ domain: 'acme', packageGroup: '/npm/acme/ui$' }));
  const out = await client.send(
    new ListAssociatedPackagesCommand({ domain: 'acme', packageGroup: '/npm/acme/*' }),
  );
  expect(out.packages).toEqual([
    { format: 'npm', namespace: 'acme', package: 'auth', associationType: 'WEAK' },
  ]);
  const root = await client.send(new ListAssociatedPackagesCommand({ domain: 'acme', packageGroup: '/*' }));
  expect(root.packages?.map((p) => p.package)).toEqual(['acme-utils']);
});
