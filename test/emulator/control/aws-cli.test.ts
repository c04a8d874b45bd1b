import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { awsCliAvailable, awsCliEnv, runAws, TEST_CREDENTIALS } from '../../helpers/aws.js';
import { startEmulator } from '../../../src/emulator/index.js';

// The reference client: botocore's signatures are verified (credentials configured) and its parsers read
// our responses and errors.
const haveCli = awsCliAvailable();
const describeCli = haveCli ? describe : describe.skip;

describeCli('the real AWS CLI against the emulator', () => {
  let emu: Awaited<ReturnType<typeof startEmulator>>;
  let home: string;
  const target = ['--domain', 'acme', '--domain-owner', '111122223333'];

  beforeAll(async () => {
    emu = await startEmulator({ credentials: TEST_CREDENTIALS });
    home = mkdtempSync(join(tmpdir(), 'control-cli-'));
  });
  afterAll(async () => {
    await emu.close();
    rmSync(home, { recursive: true, force: true });
  });

  async function aws(args: string[], viaEnv = false) {
    const endpoint = viaEnv ? [] : ['--endpoint-url', emu.endpoint];
    const env = awsCliEnv(home, viaEnv ? { AWS_ENDPOINT_URL_CODEARTIFACT: emu.endpoint } : {});
    const r = await runAws(['codeartifact', ...args, ...endpoint, '--output', 'json'], env);
    if (r.status !== 0 && !args.includes('nope'))
      throw new Error(`aws ${args.join(' ')} failed: ${r.stderr}`);
    return r;
  }

  test('get-authorization-token', async () => {
    const out = JSON.parse(
      (await aws(['get-authorization-token', ...target, '--duration-seconds', '900'])).stdout,
    ) as {
      authorizationToken: string;
      expiration: number;
    };
    expect(emu.ctx.store.token(out.authorizationToken)).toMatchObject({ domain: 'acme' });
    // CLI v1 prints timestamps as they came over the wire (cli_timestamp_format=none): epoch seconds.
    const ttl = out.expiration - Date.now() / 1000;
    expect(ttl).toBeGreaterThan(850);
    expect(ttl).toBeLessThanOrEqual(900);
  });

  test('get-repository-endpoint through AWS_ENDPOINT_URL_CODEARTIFACT', async () => {
    const out = JSON.parse(
      (
        await aws(
          ['get-repository-endpoint', ...target, '--repository', 'internal', '--format', 'pypi'],
          true,
        )
      ).stdout,
    );
    expect(out).toEqual({ repositoryEndpoint: `${emu.endpoint}/pypi/d/acme-111122223333/internal/` });
  });

  test('describe-repository, and a typed error for an unknown one', async () => {
    const out = JSON.parse(
      (await aws(['describe-repository', ...target, '--repository', 'internal'])).stdout,
    );
    expect(out.repository).toMatchObject({
      name: 'internal',
      upstreams: [{ repositoryName: 'public-proxy' }, { repositoryName: 'public-proxy-pypi' }],
    });
    const missing = await aws(['describe-repository', ...target, '--repository', 'nope']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(
      /An error occurred \(ResourceNotFoundException\) when calling the DescribeRepository operation: Repository not found/,
    );
  });

  test('login --tool npm writes the registry and the token to the user npmrc', async () => {
    const r = await aws(['login', '--tool', 'npm', ...target, '--repository', 'internal']);
    expect(r.stdout + r.stderr).toMatch(/Successfully configured npm/);
    const npmrc = readFileSync(join(home, '.npmrc'), 'utf8');
    const registry = `${emu.endpoint}/npm/d/acme-111122223333/internal/`;
    expect(npmrc).toContain(`registry=${registry}`);
    const tokenLine = new RegExp(
      `^//${registry.slice('http://'.length).replace(/[.]/g, '\\.')}:_authToken=(\\S+)$`,
      'm',
    );
    const token = tokenLine.exec(npmrc)?.[1];
    expect(token && emu.ctx.store.token(token)).toMatchObject({ domain: 'acme', owner: '111122223333' });
  });

  test('login --tool pip sets the index URL with aws:<token>@…/simple/', async () => {
    const r = await aws(['login', '--tool', 'pip', ...target, '--repository', 'internal']);
    expect(r.stdout + r.stderr).toMatch(/Successfully configured pip/);
    const conf = readFileSync(join(home, '.config', 'pip', 'pip.conf'), 'utf8');
    const host = emu.endpoint.slice('http://'.length);
    const m = new RegExp(
      `index-url = http://aws:(\\S+)@${host.replace(/[.]/g, '\\.')}/pypi/d/acme-111122223333/internal/simple/`,
    ).exec(conf);
    expect(m).not.toBeNull();
    expect(emu.ctx.store.token(m?.[1] as string)).toMatchObject({ domain: 'acme' });
  });
});
