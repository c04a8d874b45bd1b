import {
  GetAuthorizationTokenCommand,
  GetRepositoryEndpointCommand,
  ListPackagesCommand,
  ListPackageVersionsCommand,
  type CodeartifactClient,
} from '@aws-sdk/client-codeartifact';
import { startEmulator } from '../../../src/emulator/index.js';
import { codeartifactClient, TEST_CREDENTIALS } from '../../helpers/aws.js';

let emu: Awaited<ReturnType<typeof startEmulator>>;
let client: CodeartifactClient;
const owner = '111122223333';

beforeAll(async () => {
  emu = await startEmulator({ credentials: TEST_CREDENTIALS });
  client = codeartifactClient(emu.endpoint);
});
afterAll(async () => {
  client.destroy();
  await emu.close();
});

describe('tokens and endpoints', () => {
  test('GetAuthorizationToken returns a ~1 KB opaque token valid for 12 h by default', async () => {
    const before = Date.now();
    const out = await client.send(new GetAuthorizationTokenCommand({ domain: 'acme', domainOwner: owner }));
    const token = out.authorizationToken as string;
    expect(token.length).toBeGreaterThan(900);
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
    const ttl = (out.expiration as Date).getTime() - before;
    expect(ttl).toBeGreaterThan(43_190_000);
    expect(ttl).toBeLessThanOrEqual(43_201_000);
    expect(emu.ctx.store.token(token)).toMatchObject({ domain: 'acme', owner });
  });

  test.each([
    [900, 900],
    [0, 3600],
    [43_200, 43_200],
  ])('duration %i gives a token for %i s', async (durationSeconds, seconds) => {
    const out = await client.send(new GetAuthorizationTokenCommand({ domain: 'acme', durationSeconds }));
    expect(((out.expiration as Date).getTime() - Date.now()) / 1000).toBeCloseTo(seconds, -1);
  });

  // "A repository has one endpoint for each package format" (API Reference): all eight, not only the two
  // the emulator's data plane serves.
  test('GetRepositoryEndpoint returns an endpoint for every format of the model', async () => {
    const formats = ['npm', 'pypi', 'maven', 'nuget', 'generic', 'ruby', 'swift', 'cargo'] as const;
    for (const format of formats) {
      const out = await client.send(
        new GetRepositoryEndpointCommand({
          domain: 'acme',
          repository: 'internal',
          format,
          endpointType: 'ipv4',
        }),
      );
      expect(out.repositoryEndpoint).toBe(`${emu.endpoint}/${format}/d/acme-${owner}/internal/`);
    }
  });
});

describe('packages the data plane published (the default seed)', () => {
  test('are listed with their origin controls and versions', async () => {
    const out = await client.send(new ListPackagesCommand({ domain: 'acme', repository: 'internal' }));
    const names = out.packages?.map((p) => `${p.format}:${p.namespace ?? ''}:${p.package}`);
    expect(names).toEqual(expect.arrayContaining(['npm:acme:auth', 'npm:acme:ui', 'pypi::acme-utils']));
    const auth = out.packages?.find((p) => p.package === 'auth');
    expect(auth?.originConfiguration?.restrictions).toEqual({ publish: 'ALLOW', upstream: 'BLOCK' });
    const versions = await client.send(
      new ListPackageVersionsCommand({
        domain: 'acme',
        repository: 'internal',
        format: 'pypi',
        package: 'Acme.Utils',
      }),
    );
    expect(versions.versions?.[0]).toMatchObject({
      version: '1.2.0',
      status: 'Published',
      origin: { originType: 'INTERNAL' },
    });
  });
});
