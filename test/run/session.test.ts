/**
 * One region and one identity per run: every client login makes (CodeArtifact, STS) gets the same region,
 * resolved input → AWS_REGION → AWS_DEFAULT_REGION → profile, and the same assumed-role credentials; the
 * session resolves once however many clients ask.
 */
import { join } from 'node:path';
import type { ClientOptions } from '../../src/aws/types.js';
import { parseLoginInputs } from '../../src/core/inputs.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { MemoryPlatform } from '../../src/platform/memory.js';
import { login } from '../../src/run/login.js';
import { awsSession } from '../../src/run/session.js';
import { localAws } from '../helpers/aws-api.js';
import { tempDir } from '../helpers/clients.js';
import { startMoto, type Moto } from '../helpers/moto.js';
import { unsignedJwt } from '../helpers/oidc.js';

let emu: RunningEmulator;
let moto: Moto;
let root: string;
let remove: () => Promise<void>;

beforeAll(async () => void ([emu, moto] = await Promise.all([startEmulator({ port: 0 }), startMoto()])));
afterAll(() => Promise.all([emu?.close(), moto?.stop()]));
beforeEach(async () => ({ dir: root, cleanup: remove } = await tempDir('run-session')));
afterEach(() => remove());

const ROLE = 'arn:aws:iam::111122223333:role/ci';

function setUp(region: string | undefined, env: Record<string, string>, profile: string | null) {
  const platform = new MemoryPlatform({
    homeDir: root,
    env,
    defaultEnvFile: join(root, 'state/env'),
    configDir: join(root, 'state'),
    idToken: unsignedJwt('sts.amazonaws.com'),
  });
  const config = parseLoginInputs({
    domain: 'acme',
    repository: 'internal',
    tools: 'npm',
    'role-to-assume': ROLE,
    'working-directory': root,
    ...(region === undefined ? {} : { region }),
  });
  const seen: { client: string; options: ClientOptions }[] = [];
  const aws = localAws({ codeartifact: emu.endpoint, sts: moto.endpoint }, seen, profile);
  return { platform, config, aws, seen };
}

it.each([
  [
    "the 'region' input",
    'ap-south-1',
    { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-east-2' },
    'ca-central-1',
    'ap-south-1',
  ],
  [
    'AWS_REGION',
    undefined,
    { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-east-2' },
    'ca-central-1',
    'eu-west-1',
  ],
  ['AWS_DEFAULT_REGION', undefined, { AWS_DEFAULT_REGION: 'us-east-2' }, 'ca-central-1', 'us-east-2'],
  ["the profile's region", undefined, {}, 'ca-central-1', 'ca-central-1'],
])('region from %s, the same for STS and CodeArtifact', async (_from, region, env, profile, expected) => {
  const { platform, config, aws, seen } = setUp(region, env, profile);
  await login(config, platform, aws);
  expect(seen.map((s) => [s.client, s.options.region])).toEqual([
    ['sts', expected],
    ['codeartifact', expected],
  ]);
  // The role's credentials, not the default chain, reach CodeArtifact.
  expect(seen[1]?.options.credentials?.accessKeyId).toMatch(/^[A-Z0-9]{16,}$/);
});

it('no region anywhere: one clear error before any call, nothing written', async () => {
  const { platform, config, aws, seen } = setUp(undefined, {}, null);
  await expect(login(config, platform, aws)).rejects.toThrow(
    "No AWS region: give the 'region' input (--region), or set AWS_REGION or AWS_DEFAULT_REGION",
  );
  expect([seen, platform.state]).toEqual([[], undefined]);
});

it('resolves once: a second client (the S3 cache) gets the same region and credentials without a second AssumeRole', async () => {
  const { platform, config, aws, seen } = setUp(undefined, { AWS_DEFAULT_REGION: 'us-east-2' }, null);
  const session = awsSession(config, platform, aws);
  const [first, second] = await Promise.all([session.options(), session.options()]);
  expect(second).toBe(first);
  expect(seen.filter((s) => s.client === 'sts')).toHaveLength(1);
  expect(first).toMatchObject({ region: 'us-east-2', credentials: { accessKeyId: expect.any(String) } });
});

it('carries the proxy settings the platform read to every client', async () => {
  const env = {
    AWS_REGION: 'us-east-1',
    HTTPS_PROXY: 'http://proxy.corp.example:3128',
    NO_PROXY: '.internal',
  };
  const { platform, config, aws } = setUp(undefined, env, null);
  const options = await awsSession(config, platform, aws).options();
  expect(options.proxy).toEqual({ httpsProxy: 'http://proxy.corp.example:3128', noProxy: ['.internal'] });
});
