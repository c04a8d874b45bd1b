import {
  ConflictException,
  CreatePackageGroupCommand,
  CreateRepositoryCommand,
  DeletePackageGroupCommand,
  DescribePackageGroupCommand,
  GetAssociatedPackageGroupCommand,
  ListAllowedRepositoriesForGroupCommand,
  ListPackageGroupsCommand,
  ListSubPackageGroupsCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  TagResourceCommand,
  UntagResourceCommand,
  UpdatePackageGroupCommand,
  UpdatePackageGroupOriginConfigurationCommand,
  ValidationException,
  type CodeartifactClient,
} from '@aws-sdk/client-codeartifact';
import { codeartifactClient } from '../../helpers/aws.js';
import { startEmulator } from '../../../src/emulator/index.js';

let emu: Awaited<ReturnType<typeof startEmulator>>;
let client: CodeartifactClient;
const domain = { domain: 'acme' };
const arnPrefix = 'arn:aws:codeartifact:us-east-1:111122223333';
const rootRef = { arn: `${arnPrefix}:package-group/acme/${encodeURIComponent('/*')}`, pattern: '/*' };

beforeAll(async () => {
  emu = await startEmulator();
  client = codeartifactClient(emu.endpoint);
});
afterAll(async () => {
  client.destroy();
  await emu.close();
});

describe('package groups', () => {
  test('a new group inherits everything from the root group', async () => {
    const out = await client.send(
      new CreatePackageGroupCommand({
        ...domain,
        packageGroup: '/npm/acme/*',
        description: 'ours',
        contactInfo: 'ci@acme',
      }),
    );
    expect(out.packageGroup).toMatchObject({
      pattern: '/npm/acme/*',
      arn: `${arnPrefix}:package-group/acme/${encodeURIComponent('/npm/acme/*')}`,
      domainName: 'acme',
      domainOwner: '111122223333',
      description: 'ours',
      contactInfo: 'ci@acme',
      parent: rootRef,
    });
    expect(out.packageGroup?.originConfiguration?.restrictions?.EXTERNAL_UPSTREAM).toEqual({
      mode: 'INHERIT',
      effectiveMode: 'ALLOW',
      inheritedFrom: rootRef,
      repositoriesCount: 0,
    });
    const again = client.send(new CreatePackageGroupCommand({ ...domain, packageGroup: '/npm/acme/*' }));
    await expect(again).rejects.toBeInstanceOf(ConflictException);
  });

  test('origin configuration: modes, allowed repositories, effective modes in children', async () => {
    await client.send(new CreateRepositoryCommand({ ...domain, repository: 'publisher' }));
    const out = await client.send(
      new UpdatePackageGroupOriginConfigurationCommand({
        ...domain,
        packageGroup: '/npm/acme/*',
        restrictions: { EXTERNAL_UPSTREAM: 'BLOCK', PUBLISH: 'ALLOW_SPECIFIC_REPOSITORIES' },
        addAllowedRepositories: [{ repositoryName: 'publisher', originRestrictionType: 'PUBLISH' }],
      }),
    );
    expect(out.allowedRepositoryUpdates).toEqual({ PUBLISH: { ADDED: ['publisher'] } });
    const restrictions = out.packageGroup?.originConfiguration?.restrictions;
    expect(restrictions?.EXTERNAL_UPSTREAM).toMatchObject({ mode: 'BLOCK', effectiveMode: 'BLOCK' });
    expect(restrictions?.PUBLISH).toMatchObject({
      mode: 'ALLOW_SPECIFIC_REPOSITORIES',
      repositoriesCount: 1,
    });
    const allowed = await client.send(
      new ListAllowedRepositoriesForGroupCommand({
        ...domain,
        packageGroup: '/npm/acme/*',
        originRestrictionType: 'PUBLISH',
      }),
    );
    expect(allowed.allowedRepositories).toEqual(['publisher']);

    const child = await client.send(
      new CreatePackageGroupCommand({ ...domain, packageGroup: '/npm/acme/ui$' }),
    );
    const inherited = child.packageGroup?.originConfiguration?.restrictions?.EXTERNAL_UPSTREAM;
    expect(inherited).toMatchObject({
      mode: 'INHERIT',
      effectiveMode: 'BLOCK',
      inheritedFrom: { pattern: '/npm/acme/*' },
    });
    expect(child.packageGroup?.parent?.pattern).toBe('/npm/acme/*');
    const subs = await client.send(
      new ListSubPackageGroupsCommand({ ...domain, packageGroup: '/npm/acme/*' }),
    );
    expect(subs.packageGroups?.map((g) => g.pattern)).toEqual(['/npm/acme/ui$']);
  });

  test.each([
    [{ namespace: 'acme', package: 'ui' }, '/npm/acme/ui$', 'STRONG'],
    [{ namespace: 'acme', package: 'auth' }, '/npm/acme/*', 'WEAK'],
    [{ package: 'left-pad' }, '/*', 'WEAK'],
  ])('GetAssociatedPackageGroup %j → %s (%s)', async (pkg, pattern, associationType) => {
    const out = await client.send(new GetAssociatedPackageGroupCommand({ ...domain, format: 'npm', ...pkg }));
    expect([out.packageGroup?.pattern, out.associationType]).toEqual([pattern, associationType]);
  });

  test('describe, list with prefix, update, delete', async () => {
    const described = await client.send(new DescribePackageGroupCommand({ ...domain, packageGroup: '/*' }));
    expect(described.packageGroup?.originConfiguration?.restrictions?.PUBLISH).toMatchObject({
      mode: 'ALLOW',
      effectiveMode: 'ALLOW',
    });
    const listed = await client.send(new ListPackageGroupsCommand({ ...domain, prefix: '/npm/' }));
    expect(listed.packageGroups?.map((g) => g.pattern)).toEqual(['/npm/acme/*', '/npm/acme/ui$']);
    const updated = await client.send(
      new UpdatePackageGroupCommand({ ...domain, packageGroup: '/npm/acme/ui$', description: 'UI' }),
    );
    expect(updated.packageGroup?.description).toBe('UI');
    const deleted = await client.send(
      new DeletePackageGroupCommand({ ...domain, packageGroup: '/npm/acme/ui$' }),
    );
    expect(deleted.packageGroup?.pattern).toBe('/npm/acme/ui$');
    const gone = client.send(new DescribePackageGroupCommand({ ...domain, packageGroup: '/npm/acme/ui$' }));
    await expect(gone).rejects.toBeInstanceOf(ResourceNotFoundException);
    const root = client.send(new DeletePackageGroupCommand({ ...domain, packageGroup: '/*' }));
    await expect(root).rejects.toBeInstanceOf(ValidationException);
  });
});

describe('tags', () => {
  test.each([
    `${arnPrefix}:domain/acme`,
    `${arnPrefix}:repository/acme/internal`,
    `${arnPrefix}:package-group/acme/${encodeURIComponent('/npm/acme/*')}`,
  ])('tag, list and untag %s', async (resourceArn) => {
    await client.send(
      new TagResourceCommand({
        resourceArn,
        tags: [
          { key: 'team', value: 'ci' },
          { key: 'tier', value: '1' },
        ],
      }),
    );
    await client.send(new UntagResourceCommand({ resourceArn, tagKeys: ['tier'] }));
    const out = await client.send(new ListTagsForResourceCommand({ resourceArn }));
    expect(out.tags).toEqual([{ key: 'team', value: 'ci' }]);
  });

  test('an ARN naming nothing is ResourceNotFoundException', async () => {
    const out = client.send(
      new ListTagsForResourceCommand({ resourceArn: `${arnPrefix}:repository/acme/none` }),
    );
    await expect(out).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});
