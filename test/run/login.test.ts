/** login and cleanup with the in-memory platform, against the emulator (and moto's STS where needed). */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseLoginInputs } from '../../src/core/inputs.js';
import type { RawInputs } from '../../src/core/reader.js';
import { DEFAULT_CONFIG } from '../../src/emulator/config.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { MemoryPlatform, type MemoryPlatformOptions } from '../../src/platform/memory.js';
import { cleanup } from '../../src/run/cleanup.js';
import { login } from '../../src/run/login.js';
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
beforeEach(async () => ({ dir: root, cleanup: remove } = await tempDir('run-login')));
afterEach(() => remove());

const BASE = { domain: 'acme', 'domain-owner': '111122223333', repository: 'internal' };

function setUp(inputs: RawInputs, options: Partial<MemoryPlatformOptions> = {}) {
  const platform = new MemoryPlatform({
    homeDir: root,
    defaultEnvFile: join(root, 'state/env'),
    configDir: join(root, 'state'),
    ...options,
  });
  const config = parseLoginInputs({ ...BASE, 'working-directory': root, ...inputs });
  return { platform, config, aws: localAws({ codeartifact: emu.endpoint, sts: moto.endpoint }) };
}

/** Everything the platform showed people or handed on, which must never hold `secret`. */
const shown = (p: MemoryPlatform) =>
  [
    ...p.logs,
    ...p.warnings,
    ...p.reports,
    JSON.stringify(p.outputs),
    JSON.stringify(p.summaries),
    p.state ?? '',
  ].join('\n');

it('detects tools from lockfiles, writes their files 0600, exports env and reports', async () => {
  await writeFile(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
  await writeFile(join(root, 'requirements.txt'), 'acme-utils\n');
  const { platform, config, aws } = setUp({});
  const result = await login(config, platform, aws);
  expect(result.plan.tools).toEqual(['npm', 'pip']);
  expect(platform.logs[0]).toBe('Detected npm from package-lock.json');
  const token = platform.masked[0] ?? '';
  expect(await readFile(join(root, 'state/npmrc'), 'utf8')).toContain(`:_authToken=${token}\n`);
  for (const file of ['npmrc', 'pip.conf', 'env'])
    expect((await stat(join(root, 'state', file))).mode & 0o777).toBe(0o600);
  expect(platform.exported).toEqual({
    NPM_CONFIG_USERCONFIG: join(root, 'state/npmrc'),
    PIP_CONFIG_FILE: join(root, 'state/pip.conf'),
  });
  expect(platform.outputs).toMatchObject({
    'registry-npm': `${emu.endpoint}/npm/d/acme-111122223333/internal/`,
    tools: 'npm,pip',
  });
  expect(platform.summaries[0]?.rows.map((r) => r.tool)).toEqual(['npm', 'pip']);
  expect(shown(platform)).not.toContain(token);
});

it('dry run: prints the plan with the token redacted and writes nothing', async () => {
  const { platform, config, aws } = setUp({ tools: 'npm,yarn', 'dry-run': 'true' });
  await login(config, platform, aws);
  expect(platform.reports.join('')).toMatch(
    /Would write .*state\/npmrc \(mode 0600\)[\s\S]*_authToken=\*\*\*[\s\S]*YARN_NPM_AUTH_TOKEN=\*\*\*/,
  );
  expect(await readdir(root)).toEqual([]);
  expect([platform.state, platform.outputs, platform.exported]).toEqual([undefined, {}, {}]);
  expect(shown(platform)).not.toContain(platform.masked[0]);
});

it('infers the domain owner from STS GetCallerIdentity', async () => {
  const owner = '123456789012'; // moto's account for any keys it did not issue
  const domains = DEFAULT_CONFIG.domains.map((d) => ({ ...d, owner }));
  const other = await startEmulator({ port: 0, config: { ...DEFAULT_CONFIG, accountId: owner, domains } });
  const { platform, config } = setUp({ 'domain-owner': undefined, tools: 'go' });
  await login(config, platform, localAws({ codeartifact: other.endpoint, sts: moto.endpoint }));
  await other.close();
  expect(platform.outputs['domain-owner']).toBe(owner);
});

it('assumes role-to-assume with the OIDC token; the role’s account owns the domain; secrets masked', async () => {
  const jwt = unsignedJwt('sts.amazonaws.com');
  const { platform, config, aws } = setUp(
    { 'domain-owner': undefined, tools: 'npm', 'role-to-assume': 'arn:aws:iam::111122223333:role/ci' },
    { idToken: jwt },
  );
  await login(config, platform, aws);
  expect(platform.masked[0]).toBe(jwt);
  expect(platform.masked.slice(1, 3).map((s) => s.length)).toEqual([20, 40]); // access key id, secret
  expect(platform.outputs['domain-owner']).toBe('111122223333');
});

it.each([
  [
    'role-to-assume where there is no OIDC',
    { 'role-to-assume': 'arn:aws:iam::111122223333:role/ci', tools: 'npm' },
    /No OIDC token/,
  ],
  [
    'a domain that does not exist (the token error, whichever call fails first)',
    { domain: 'nope', tools: 'npm,pip' },
    /^Could not get a CodeArtifact token for domain nope/,
  ],
  [
    'a repository that does not exist',
    { repository: 'nope', tools: 'npm' },
    /repository nope in domain acme: ResourceNotFoundException/,
  ],
  ['no lockfile and no tools', {}, /No lockfile in .* tells which tools to configure: set 'tools'/],
])('fails before writing anything on %s', async (_what, inputs, message) => {
  const { platform, config, aws } = setUp(inputs);
  await expect(login(config, platform, aws)).rejects.toThrow(message);
  expect([await readdir(root), platform.state, platform.exported]).toEqual([[], undefined, {}]);
});

it('warns about settings that would bypass the repository, and masks the account id on request', async () => {
  const { platform, config, aws } = setUp(
    { tools: 'pip', 'mask-account-id': 'true' },
    { env: { PIP_INDEX_URL: 'http://elsewhere.example/simple/' } },
  );
  await login(config, platform, aws);
  expect(platform.warnings).toContain(
    "PIP_INDEX_URL is set: it overrides the repository's index URL for every pip command (unset it)",
  );
  expect(platform.logs.join('\n')).toContain('Wrote');
  expect(platform.redact('owner 111122223333')).toBe('owner ***');
});

it('a second login replaces the first; cleanup then restores what was there before both', async () => {
  const envFile = join(root, 'work/build.env');
  await mkdir(join(root, 'work'));
  await writeFile(envFile, 'export KEEP=me');
  const first = setUp({ tools: 'npm', 'export-file': envFile });
  await login(first.config, first.platform, first.aws);
  const second = setUp({ tools: 'pip', 'export-file': envFile });
  second.platform.state = first.platform.state; // the same machine's state
  await login(second.config, second.platform, second.aws);
  expect((await readdir(join(root, 'state'))).sort()).toEqual(['pip.conf']);
  const result = await cleanup({ dryRun: false }, second.platform);
  expect(result.problems).toEqual([]);
  expect(await readFile(envFile, 'utf8')).toBe('export KEEP=me');
  expect(await readdir(root)).toEqual(['work']);
  expect(await cleanup({ dryRun: false }, second.platform)).toEqual({ done: [], problems: [] });
});
