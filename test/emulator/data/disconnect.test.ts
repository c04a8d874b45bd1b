import { join } from 'node:path';
import {
  AssociateExternalConnectionCommand,
  DisassociateExternalConnectionCommand,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorConfig } from '../../../src/emulator/config.js';
import { codeartifactClient } from '../../helpers/aws.js';
import { npmProject, npmSandbox, tempDir, type NpmSandbox } from '../../helpers/clients.js';
import { closedPort, OWNER, smallPublicPackages, startHarness, type DataHarness } from './harness.js';

// The service allows one external connection per repository, so npm gets a proxy repository of its own.
const config: EmulatorConfig = {
  domains: [
    {
      name: 'acme',
      owner: OWNER,
      repositories: [
        { name: 'npm-store', externalConnections: ['public:npmjs'] },
        { name: 'internal', upstreams: ['npm-store'] },
      ],
      packages: [{ repository: 'internal', format: 'npm', name: '@acme/auth', versions: ['2.1.0'] }],
    },
  ],
};

let h: DataHarness;
let tmp: { dir: string; cleanup: () => Promise<void> };
let npm: NpmSandbox;
let caches = 0;
const [cached, uncached, third] = smallPublicPackages(3);
const connection = {
  domain: 'acme',
  domainOwner: OWNER,
  repository: 'npm-store',
  externalConnection: 'public:npmjs',
};

beforeAll(async () => {
  h = await startHarness({ config });
  tmp = await tempDir('data-disconnect');
  npm = await npmSandbox(tmp.dir, h.endpoint('npm', 'internal'), h.token);
});

afterAll(async () => {
  await h?.close();
  await tmp?.cleanup();
});

/** `npm install` into a new project with an empty npm cache: only the registry can answer. */
async function installFresh(dependencies: Record<string, string>) {
  const dir = await npmProject(join(tmp.dir, `app-${++caches}`), dependencies);
  return npm.npm(['install'], { cwd: dir, cache: join(tmp.dir, 'caches', String(caches)) });
}

test('with the external connection removed, retained packages install and uncached ones get npm’s 404', async () => {
  expect((await installFresh({ [cached!.name]: cached!.version })).code).toBe(0);
  await codeartifactClient(h.emu.endpoint).send(new DisassociateExternalConnectionCommand(connection));

  const again = await installFresh({ [cached!.name]: cached!.version, '@acme/auth': '^2.1.0' });
  expect(again.stderr).not.toMatch(/npm error/);
  expect(again.code).toBe(0);
  const missing = await installFresh({ [uncached!.name]: uncached!.version });
  expect(missing.code).not.toBe(0);
  expect(missing.stderr).toMatch(/E404/);
  expect(missing.stderr).toMatch(/404 Not Found - GET .*\/internal\//);
  // The packument of a retained package is synthesized from what the repositories hold.
  const packument = await h.request(`${h.endpoint('npm', 'internal')}${cached!.name}`);
  expect(packument.status).toBe(200);
  expect(Object.keys(((await packument.json()) as { versions: object }).versions)).toEqual([cached!.version]);
});

test('re-associating the external connection resumes fetching', async () => {
  await codeartifactClient(h.emu.endpoint).send(new AssociateExternalConnectionCommand(connection));
  const r = await installFresh({ [uncached!.name]: uncached!.version });
  expect(r.stderr).not.toMatch(/npm error/);
  expect(r.code).toBe(0);
});

test('a public registry that is down turns into a prompt 502 for uncached packages, never a hang', async () => {
  const dead = await closedPort();
  const original = h.emu.ctx.publicUrls.npm;
  h.emu.ctx.publicUrls.npm = `http://127.0.0.1:${dead}/npm/`;
  try {
    const started = Date.now();
    const miss = await h.request(`${h.endpoint('npm', 'internal')}${third!.name}`);
    expect(miss.status).toBe(502);
    expect(Date.now() - started).toBeLessThan(5_000);
    // What the domain already holds keeps resolving through the outage.
    const hit = await h.request(`${h.endpoint('npm', 'internal')}${cached!.name}`);
    expect(hit.status).toBe(200);
    const file = `${cached!.name.split('/').pop()}-${cached!.version}.tgz`;
    const tarball = await h.request(`${h.endpoint('npm', 'internal')}${cached!.name}/-/${file}`);
    expect(tarball.status).toBe(200);
  } finally {
    h.emu.ctx.publicUrls.npm = original;
  }
});
