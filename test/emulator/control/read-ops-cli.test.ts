import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { awsCliAvailable, awsCliEnv, runAws } from '../../helpers/aws.js';
import { startEmulator } from '../../../src/emulator/index.js';

// The remaining operations of round two through the real AWS CLI (AWS_ENDPOINT_URL_CODEARTIFACT), against
// the default domain: botocore builds the requests and parses the answers.
const describeCli = awsCliAvailable() ? describe : describe.skip;

describeCli('dependencies, readme, associated packages, policies and endpoints via the AWS CLI', () => {
  let emu: Awaited<ReturnType<typeof startEmulator>>;
  let home: string;
  const where = ['--domain', 'acme', '--domain-owner', '111122223333'];
  const ui = ['--repository', 'internal', '--format', 'npm', '--namespace', 'acme', '--package', 'ui'];

  beforeAll(async () => {
    emu = await startEmulator();
    home = mkdtempSync(join(tmpdir(), 'read-ops-cli-'));
  });
  afterAll(async () => {
    await emu.close();
    rmSync(home, { recursive: true, force: true });
  });

  async function aws(args: string[]) {
    const env = awsCliEnv(home, { AWS_ENDPOINT_URL_CODEARTIFACT: emu.endpoint });
    const r = await runAws(['codeartifact', ...args, ...where, '--output', 'json'], env);
    return {
      ...r,
      json: r.status === 0 && r.stdout ? (JSON.parse(r.stdout) as Record<string, unknown>) : {},
    };
  }

  test('list-package-version-dependencies and get-package-version-readme', async () => {
    const deps = await aws(['list-package-version-dependencies', ...ui, '--package-version', '1.4.2']);
    expect(deps.json.dependencies).toEqual([
      { namespace: 'acme', package: 'auth', dependencyType: 'regular', versionRequirement: '^2.1.0' },
    ]);
    const readme = await aws(['get-package-version-readme', ...ui, '--package-version', '1.4.2']);
    expect(readme.json).toMatchObject({ format: 'npm', package: 'ui', version: '1.4.2' });
    const missing = await aws(['get-package-version-readme', ...ui, '--package-version', '9.9.9']);
    expect(missing.stderr).toMatch(/\(ResourceNotFoundException\)/);
  });

  test('list-associated-packages, with --preview for a group that does not exist yet', async () => {
    const preview = await aws(['list-associated-packages', '--package-group', '/pypi/*', '--preview']);
    expect(preview.json.packages).toEqual([
      { format: 'pypi', package: 'acme-utils', associationType: 'WEAK' },
    ]);
    const absent = await aws(['list-associated-packages', '--package-group', '/pypi/*']);
    expect(absent.stderr).toMatch(/\(ResourceNotFoundException\)/);
  });

  test('repository and domain permissions policies: put, get, stale revision, delete', async () => {
    const file = join(home, 'policy.json');
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:root' },
          Action: 'codeartifact:ReadFromRepository',
          Resource: '*',
        },
      ],
    });
    writeFileSync(file, document);
    const repo = ['--repository', 'internal'];
    const put = await aws([
      'put-repository-permissions-policy',
      ...repo,
      '--policy-document',
      `file://${file}`,
    ]);
    const policy = put.json.policy as { revision: string; document: string; resourceArn: string };
    expect(policy).toMatchObject({
      document,
      resourceArn: expect.stringMatching(/:repository\/acme\/internal$/),
    });
    expect((await aws(['get-repository-permissions-policy', ...repo])).json.policy).toEqual(policy);
    const stale = await aws(['delete-repository-permissions-policy', ...repo, '--policy-revision', 'stale']);
    expect(stale.stderr).toMatch(/\(ConflictException\)/);
    await aws(['delete-repository-permissions-policy', ...repo, '--policy-revision', policy.revision]);
    expect((await aws(['get-repository-permissions-policy', ...repo])).stderr).toMatch(
      /\(ResourceNotFoundException\)/,
    );
    await aws(['put-domain-permissions-policy', '--policy-document', `file://${file}`]);
    const domain = await aws(['get-domain-permissions-policy']);
    expect(domain.json.policy).toMatchObject({
      document,
      resourceArn: expect.stringMatching(/:domain\/acme$/),
    });
    expect((await aws(['delete-domain-permissions-policy'])).status).toBe(0);
  });

  test('get-repository-endpoint answers formats the data plane does not serve', async () => {
    const out = await aws(['get-repository-endpoint', '--repository', 'internal', '--format', 'maven']);
    expect(out.json).toEqual({ repositoryEndpoint: `${emu.endpoint}/maven/d/acme-111122223333/internal/` });
  });
});
