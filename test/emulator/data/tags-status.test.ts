import { join } from 'node:path';
import {
  CreateRepositoryCommand,
  PutPackageOriginConfigurationCommand,
  UpdatePackageVersionsStatusCommand,
  type CodeartifactClient,
} from '@aws-sdk/client-codeartifact';
import { npmProject, npmSandbox, tempDir } from '../../helpers/clients.js';
import { codeartifactClient } from '../../helpers/aws.js';
import { OWNER, startHarness, type DataHarness } from './harness.js';

// Documented data-plane behaviour of dist-tags across upstreams and of version statuses, seen by npm.
let h: DataHarness;
let client: CodeartifactClient;
let tmp: { dir: string; cleanup: () => Promise<void> };
const acme = { domain: 'acme', domainOwner: OWNER };

beforeAll(async () => {
  h = await startHarness();
  client = codeartifactClient(h.emu.endpoint);
  tmp = await tempDir('tags-status');
  await client.send(new CreateRepositoryCommand({ ...acme, repository: 'up' }));
  await client.send(
    new CreateRepositoryCommand({ ...acme, repository: 'rr', upstreams: [{ repositoryName: 'up' }] }),
  );
});
afterAll(async () => {
  client.destroy();
  await h?.close();
  await tmp?.cleanup();
});

async function publish(repository: string, version: string, tags: Record<string, string>) {
  const name = 'web-helper';
  const body = {
    name,
    'dist-tags': tags,
    versions: { [version]: { name, version } },
    _attachments: {
      [`${name}-${version}.tgz`]: { data: Buffer.from(`${name}@${version}`).toString('base64') },
    },
  };
  const res = await h.request(`${h.endpoint('npm', repository)}${name}`, {
    method: 'PUT',
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

const tags = async (repository: string) =>
  (await (
    await h.request(`${h.endpoint('npm', repository)}-/package/web-helper/dist-tags`)
  ).json()) as Record<string, string>;

test('the same tag downstream and upstream: the upstream one is used; other tags merge (User Guide, "npm tags")', async () => {
  await publish('rr', '1.0.0', { latest: '1.0.0', beta: '1.0.0' });
  // Published first to r, the package has upstream=BLOCK there; allow it so r sees u at all.
  await client.send(
    new PutPackageOriginConfigurationCommand({
      ...acme,
      repository: 'rr',
      format: 'npm',
      package: 'web-helper',
      restrictions: { publish: 'ALLOW', upstream: 'ALLOW' },
    }),
  );
  await publish('up', '1.0.1', { latest: '1.0.1' });
  expect(await tags('rr')).toEqual({ latest: '1.0.1', beta: '1.0.0' });
  // The guide's caveat: a newer version published downstream does not move what npm sees as latest.
  await publish('rr', '1.0.2', { latest: '1.0.2' });
  expect((await tags('rr')).latest).toBe('1.0.1');
  const packument = await (await h.request(`${h.endpoint('npm', 'rr')}web-helper`)).json();
  expect((packument as { 'dist-tags': Record<string, string> })['dist-tags'].latest).toBe('1.0.1');
});

test('an Unlisted version leaves resolution but still installs from a lockfile with resolved URLs', async () => {
  const internal = h.endpoint('npm', 'internal');
  const npm = await npmSandbox(tmp.dir, internal, h.token);
  const app = await npmProject(join(tmp.dir, 'app'), { '@acme/ui': '1.4.2' });
  expect((await npm.npm(['install'], { cwd: app, cache: join(tmp.dir, 'c1') })).code).toBe(0);
  await client.send(
    new UpdatePackageVersionsStatusCommand({
      ...acme,
      repository: 'internal',
      format: 'npm',
      namespace: 'acme',
      package: 'ui',
      versions: ['1.4.2'],
      targetStatus: 'Unlisted',
    }),
  );
  const ci = await npm.npm(['ci'], { cwd: app, cache: join(tmp.dir, 'c2') });
  expect(ci.stderr).not.toMatch(/npm error/);
  expect(ci.code).toBe(0);
  const fresh = await npmProject(join(tmp.dir, 'fresh'), { '@acme/ui': '1.4.2' });
  const install = await npm.npm(['install'], { cwd: fresh, cache: join(tmp.dir, 'c3') });
  expect(install.code).not.toBe(0);
});
