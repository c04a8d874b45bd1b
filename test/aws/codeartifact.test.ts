import { sdkAws } from '../../src/aws/index.js';
import type { CodeArtifactApi } from '../../src/aws/types.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';

const OWNER = '111122223333';
const CREDENTIALS = { accessKeyId: 'test-access-key', secretAccessKey: 'test-secret-key' };

let emu: RunningEmulator;
let codeartifact: CodeArtifactApi;
const saved = process.env.AWS_ENDPOINT_URL_CODEARTIFACT;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, credentials: CREDENTIALS });
  // The SDK's own endpoint resolution, as users point it elsewhere: nothing in the adapter names a URL.
  process.env.AWS_ENDPOINT_URL_CODEARTIFACT = emu.endpoint;
  codeartifact = await sdkAws().codeartifact({ region: 'us-east-1', credentials: CREDENTIALS });
});

afterAll(async () => {
  if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_CODEARTIFACT;
  else process.env.AWS_ENDPOINT_URL_CODEARTIFACT = saved;
  await emu?.close();
});

it('gets a token with its expiry, signed with SigV4 and honouring AWS_ENDPOINT_URL_CODEARTIFACT', async () => {
  const { token, expiration } = await codeartifact.getAuthorizationToken({
    domain: 'acme',
    domainOwner: OWNER,
    durationSeconds: 900,
  });
  expect(token.length).toBeGreaterThan(100);
  expect((expiration?.getTime() ?? 0) - Date.now()).toBeGreaterThan(890_000);
});

it.each(['npm', 'pypi'] as const)('gets the %s endpoint of a repository', async (format) => {
  const url = await codeartifact.getRepositoryEndpoint({
    domain: 'acme',
    domainOwner: OWNER,
    repository: 'internal',
    format,
  });
  expect(url).toBe(`${emu.endpoint}/${format}/d/acme-${OWNER}/internal/`);
});

it.each([
  [
    'an unknown domain',
    () => codeartifact.getAuthorizationToken({ domain: 'nope', domainOwner: OWNER, durationSeconds: 900 }),
    /^Could not get a CodeArtifact token for domain nope \(owner 111122223333\): ResourceNotFoundException: .*Check 'domain', 'domain-owner' and 'region'\.$/,
  ],
  [
    'an unknown repository',
    () =>
      codeartifact.getRepositoryEndpoint({
        domain: 'acme',
        domainOwner: OWNER,
        repository: 'nope',
        format: 'npm',
      }),
    /^Could not get the npm endpoint of repository nope in domain acme: ResourceNotFoundException: .*Check 'repository'/,
  ],
])('names %s and what to check', async (_what, call, message) => {
  await expect(call()).rejects.toThrow(message);
});

it('says when the signature is wrong', async () => {
  const wrong = await sdkAws().codeartifact({
    region: 'us-east-1',
    credentials: { ...CREDENTIALS, secretAccessKey: 'x' },
  });
  await expect(
    wrong.getAuthorizationToken({ domain: 'acme', domainOwner: OWNER, durationSeconds: 900 }),
  ).rejects.toThrow(/^Could not get a CodeArtifact token for domain acme \(owner 111122223333\): /);
});
