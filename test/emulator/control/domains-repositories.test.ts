import {
  AssociateExternalConnectionCommand,
  ConflictException,
  CreateDomainCommand,
  CreateRepositoryCommand,
  DeleteDomainCommand,
  DeleteRepositoryCommand,
  DescribeDomainCommand,
  DescribeRepositoryCommand,
  DisassociateExternalConnectionCommand,
  ListDomainsCommand,
  ListRepositoriesCommand,
  ListRepositoriesInDomainCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  UpdateRepositoryCommand,
  type CodeartifactClient,
} from '@aws-sdk/client-codeartifact';
import { codeartifactClient, TEST_CREDENTIALS } from '../../helpers/aws.js';
import { startEmulator } from '../../../src/emulator/index.js';

let emu: Awaited<ReturnType<typeof startEmulator>>;
let client: CodeartifactClient;
const owner = '111122223333';

beforeAll(async () => {
  // Credentials configured: every SDK request below also proves the SDK's signatures verify.
  emu = await startEmulator({ credentials: TEST_CREDENTIALS });
  client = codeartifactClient(emu.endpoint);
});
afterAll(async () => {
  client.destroy();
  await emu.close();
});

describe('domains', () => {
  test('create, describe, list, refuse to delete while repositories exist, delete', async () => {
    const created = await client.send(
      new CreateDomainCommand({ domain: 'ops-domain', tags: [{ key: 'team', value: 'ci' }] }),
    );
    expect(created.domain).toMatchObject({
      name: 'ops-domain',
      owner,
      status: 'Active',
      arn: `arn:aws:codeartifact:us-east-1:${owner}:domain/ops-domain`,
      repositoryCount: 0,
    });
    expect(created.domain?.createdTime).toBeInstanceOf(Date);
    await expect(client.send(new CreateDomainCommand({ domain: 'ops-domain' }))).rejects.toBeInstanceOf(
      ConflictException,
    );
    const listed = await client.send(new ListDomainsCommand({}));
    expect(listed.domains?.map((d) => d.name)).toEqual(expect.arrayContaining(['acme', 'ops-domain']));
    await client.send(new CreateRepositoryCommand({ domain: 'ops-domain', repository: 'only' }));
    const described = await client.send(new DescribeDomainCommand({ domain: 'ops-domain' }));
    expect(described.domain?.repositoryCount).toBe(1);
    await expect(client.send(new DeleteDomainCommand({ domain: 'ops-domain' }))).rejects.toBeInstanceOf(
      ConflictException,
    );
    await client.send(new DeleteRepositoryCommand({ domain: 'ops-domain', repository: 'only' }));
    const deleted = await client.send(new DeleteDomainCommand({ domain: 'ops-domain' }));
    expect(deleted.domain?.status).toBe('Deleted');
    const gone = client.send(new DescribeDomainCommand({ domain: 'ops-domain' }));
    await expect(gone).rejects.toMatchObject({ name: 'ResourceNotFoundException', resourceType: 'domain' });
    // The model lists no ResourceNotFoundException for DeleteDomain: deleting again is a no-op.
    const again = await client.send(new DeleteDomainCommand({ domain: 'ops-domain' }));
    expect(again.domain).toBeUndefined();
  });
});

describe('repositories', () => {
  test('create with upstreams, describe, update, list with prefix and pagination, delete', async () => {
    const created = await client.send(
      new CreateRepositoryCommand({
        domain: 'acme',
        repository: 'team-a',
        description: 'A',
        upstreams: [{ repositoryName: 'internal' }],
      }),
    );
    expect(created.repository).toMatchObject({
      name: 'team-a',
      domainName: 'acme',
      domainOwner: owner,
      administratorAccount: owner,
      arn: `arn:aws:codeartifact:us-east-1:${owner}:repository/acme/team-a`,
      upstreams: [{ repositoryName: 'internal' }],
      externalConnections: [],
    });
    await client.send(new CreateRepositoryCommand({ domain: 'acme', repository: 'team-b' }));
    await client.send(new CreateRepositoryCommand({ domain: 'acme', repository: 'team-c' }));
    const updated = await client.send(
      new UpdateRepositoryCommand({
        domain: 'acme',
        repository: 'team-a',
        description: 'A2',
        upstreams: [{ repositoryName: 'team-b' }],
      }),
    );
    expect(updated.repository).toMatchObject({
      description: 'A2',
      upstreams: [{ repositoryName: 'team-b' }],
    });

    const first = await client.send(
      new ListRepositoriesInDomainCommand({ domain: 'acme', repositoryPrefix: 'team-', maxResults: 2 }),
    );
    expect(first.repositories?.map((r) => r.name)).toEqual(['team-a', 'team-b']);
    const second = await client.send(
      new ListRepositoriesInDomainCommand({
        domain: 'acme',
        repositoryPrefix: 'team-',
        maxResults: 2,
        nextToken: first.nextToken as string,
      }),
    );
    expect([second.repositories?.map((r) => r.name), second.nextToken]).toEqual([['team-c'], undefined]);
    const all = await client.send(new ListRepositoriesCommand({ repositoryPrefix: 'team-' }));
    expect(all.repositories).toHaveLength(3);

    // team-b is team-a's upstream: deleting it first would break team-a.
    await expect(
      client.send(new DeleteRepositoryCommand({ domain: 'acme', repository: 'team-b' })),
    ).rejects.toBeInstanceOf(ConflictException);
    for (const repository of ['team-a', 'team-b', 'team-c']) {
      const out = await client.send(new DeleteRepositoryCommand({ domain: 'acme', repository }));
      expect(out.repository?.name).toBe(repository);
    }
    await expect(
      client.send(new DescribeRepositoryCommand({ domain: 'acme', repository: 'team-a' })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  test('external connections: one per repository, packageFormat from the name, disassociate', async () => {
    await client.send(new CreateRepositoryCommand({ domain: 'acme', repository: 'proxy-2' }));
    const ref = { domain: 'acme', repository: 'proxy-2' };
    const out = await client.send(
      new AssociateExternalConnectionCommand({ ...ref, externalConnection: 'public:npmjs' }),
    );
    expect(out.repository?.externalConnections).toEqual([
      { externalConnectionName: 'public:npmjs', packageFormat: 'npm', status: 'Available' },
    ]);
    const again = client.send(
      new AssociateExternalConnectionCommand({ ...ref, externalConnection: 'public:npmjs' }),
    );
    await expect(again).rejects.toBeInstanceOf(ConflictException);
    const second = client.send(
      new AssociateExternalConnectionCommand({ ...ref, externalConnection: 'public:pypi' }),
    );
    await expect(second).rejects.toBeInstanceOf(ServiceQuotaExceededException);
    const removed = await client.send(
      new DisassociateExternalConnectionCommand({ ...ref, externalConnection: 'public:npmjs' }),
    );
    expect(removed.repository?.externalConnections).toEqual([]);
    const missing = client.send(
      new DisassociateExternalConnectionCommand({ ...ref, externalConnection: 'public:npmjs' }),
    );
    await expect(missing).rejects.toBeInstanceOf(ResourceNotFoundException);
    const maven = await client.send(
      new AssociateExternalConnectionCommand({ ...ref, externalConnection: 'public:maven-central' }),
    );
    expect(maven.repository?.externalConnections?.[0]?.packageFormat).toBe('maven');
  });
});
