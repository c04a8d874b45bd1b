import { createHash } from 'node:crypto';
import { PublishPackageVersionCommand, ListDomainsCommand } from '@aws-sdk/client-codeartifact';
import { codeartifactClient, TEST_CREDENTIALS } from '../../helpers/aws.js';
import { startEmulator } from '../../../src/emulator/index.js';
import { signedFetch } from './signing.js';

let emu: Awaited<ReturnType<typeof startEmulator>>;

beforeAll(async () => {
  emu = await startEmulator({ credentials: TEST_CREDENTIALS });
});
afterAll(async () => {
  await emu.close();
});

async function errorOf(res: Response): Promise<[number, string | null, string]> {
  const body = (await res.json()) as { message: string };
  return [res.status, res.headers.get('x-amzn-errortype'), body.message];
}

describe('SigV4 on the wire', () => {
  test('a request without an Authorization header is refused like AWS refuses it', async () => {
    const res = await fetch(`${emu.endpoint}/v1/domains`, { method: 'POST' });
    expect(await errorOf(res)).toEqual([
      403,
      'MissingAuthenticationTokenException',
      'Missing Authentication Token',
    ]);
  });

  test('the SDK with the configured key succeeds', async () => {
    const client = codeartifactClient(emu.endpoint);
    const out = await client.send(new ListDomainsCommand({}));
    expect(out.domains?.map((d) => d.name)).toContain('acme');
    client.destroy();
  });

  test('the SDK with a wrong secret gets InvalidSignatureException', async () => {
    const client = codeartifactClient(emu.endpoint, {
      ...TEST_CREDENTIALS,
      secretAccessKey: 'not-the-secret',
    });
    const err = await client.send(new ListDomainsCommand({})).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'InvalidSignatureException', $metadata: { httpStatusCode: 403 } });
    expect((err as Error).message).toMatch(/^The request signature we calculated does not match/);
    client.destroy();
  });

  test('the SDK with an unknown key gets UnrecognizedClientException', async () => {
    const client = codeartifactClient(emu.endpoint, { accessKeyId: 'someone-else', secretAccessKey: 'x' });
    const err = await client.send(new ListDomainsCommand({})).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'UnrecognizedClientException', $metadata: { httpStatusCode: 403 } });
    client.destroy();
  });
});

describe('routing', () => {
  test.each([
    ['GET', '/v1/nothing-here'],
    ['PATCH', '/v1/domain'],
    ['GET', '/v1/domain/'],
  ])('%s %s is UnknownOperationException 404', async (method, path) => {
    const res = await signedFetch(emu.endpoint, { method, path, query: { domain: 'acme' } });
    expect((await errorOf(res)).slice(0, 2)).toEqual([404, 'UnknownOperationException']);
  });

  test('an operation of the model the emulator does not implement answers NotImplementedException', async () => {
    const client = codeartifactClient(emu.endpoint);
    // PublishPackageVersion publishes generic packages, a format the emulator has no data plane for.
    const command = new PublishPackageVersionCommand({
      domain: 'acme',
      repository: 'internal',
      format: 'generic',
      namespace: 'tools',
      package: 'blob',
      packageVersion: '1.0.0',
      assetName: 'blob.bin',
      assetSHA256: createHash('sha256').update('x').digest('hex'),
      assetContent: Buffer.from('x'),
    });
    const err = await client.send(command).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'NotImplementedException', $metadata: { httpStatusCode: 501 } });
    expect((err as Error).message).toBe(
      'The CodeArtifact emulator does not implement PublishPackageVersion.',
    );
    client.destroy();
  });

  test('responses carry a request id and JSON content type', async () => {
    const res = await signedFetch(emu.endpoint, {
      method: 'GET',
      path: '/v1/domain',
      query: { domain: 'acme' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await res.json()) as { domain: { createdTime: unknown } };
    expect(typeof body.domain.createdTime).toBe('number');
  });
});
