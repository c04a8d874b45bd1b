import { assetRef } from '../../blobs.js';
import type { EmulatorContext } from '../../context.js';
import { domainKey, type DomainRecord, type RepositoryRecord, type VersionRecord } from '../../types.js';
import { DataPlaneError, readBody, sendJson, type Exchange } from '../exchange.js';
import { findPackage, newVersionRecord, npmCoords, packageForNewVersion } from '../packages.js';
import { assertMayPublish, assertNotUpstream, nowSeconds } from '../publishing.js';
import { NPM_ASSET } from './packument.js';

const MAX_PUBLISH_BYTES = 200 * 1024 * 1024;
// Set by the registry, never taken from what a client sends.
const SERVER_FIELDS = ['dist', '_id', '_attachments'];

/**
 * Publish one npm version into a repository, as `npm publish` does: origin controls first (publish=BLOCK
 * or a PUBLISH package group restriction refuses), then the first-publish defaults (publish ALLOW,
 * upstream BLOCK). The tarball is stored once per domain.
 */
export async function publishNpmVersion(
  ctx: EmulatorContext,
  domain: DomainRecord,
  repo: RepositoryRecord,
  manifest: Record<string, unknown>,
  tarball: Buffer,
  distTags?: Record<string, string>,
): Promise<VersionRecord> {
  const { name, version } = manifest;
  if (typeof name !== 'string' || typeof version !== 'string') {
    throw new DataPlaneError(400, 'The package manifest needs a name and a version');
  }
  const c = npmCoords(name);
  assertMayPublish(domain, repo, c);
  if (findPackage(repo, c)?.versions[version]) {
    throw new DataPlaneError(
      409,
      `Cannot publish over ${name}@${version}: it already exists in ${repo.name}`,
    );
  }
  const asset = ctx.store.blobs.put(domainKey(domain.owner, domain.name), NPM_ASSET, tarball);
  const metadata = Object.fromEntries(Object.entries(manifest).filter(([k]) => !SERVER_FIELDS.includes(k)));
  const record = newVersionRecord(
    version,
    { originType: 'INTERNAL', domainEntryPoint: { repositoryName: repo.name } },
    [asset],
    metadata,
    nowSeconds(ctx),
  );
  const pkg = packageForNewVersion(repo, c, 'published');
  pkg.versions[version] = record;
  Object.assign(pkg.distTags, distTags ?? { latest: version });
  ctx.store.changed();
  return record;
}

interface PublishBody {
  name?: string;
  versions?: Record<string, Record<string, unknown>>;
  'dist-tags'?: Record<string, string>;
  _attachments?: Record<string, { data?: string; length?: number }>;
}

/** `PUT /<name>`: a publish (with `_attachments`) or a metadata edit such as `npm deprecate`. */
export async function handleNpmPut(x: Exchange, name: string): Promise<void> {
  x.note.kind = 'publish';
  x.note.package = name;
  const body = JSON.parse((await readBody(x.req, MAX_PUBLISH_BYTES)).toString('utf8')) as PublishBody;
  if (body.name !== undefined && body.name !== name) {
    throw new DataPlaneError(400, `The document names ${body.name} but the URL names ${name}`);
  }
  const attachments = Object.values(body._attachments ?? {});
  if (attachments.length === 0) return updateDeprecations(x, name, body);
  const [version, manifest] = Object.entries(body.versions ?? {})[0] ?? [];
  const data = attachments[0]?.data;
  if (!version || !manifest || !data) {
    throw new DataPlaneError(400, 'A publish needs one version and its tarball');
  }
  const tarball = Buffer.from(data, 'base64');
  const declared = (manifest.dist as { integrity?: string } | undefined)?.integrity;
  if (declared?.startsWith('sha512-') && declared !== `sha512-${assetRef('', tarball).sha512}`) {
    throw new DataPlaneError(400, `The tarball of ${name}@${version} does not match its declared integrity`);
  }
  x.note.version = version;
  assertMayPublish(x.domain, x.repo, npmCoords(name));
  await assertNotUpstream(x.ctx, x.domain, x.repo, npmCoords(name), version);
  const record = await publishNpmVersion(
    x.ctx,
    x.domain,
    x.repo,
    { ...manifest, name },
    tarball,
    body['dist-tags'],
  );
  x.note.asset = record.assets[0]?.name ?? '';
  sendJson(x, 200, { ok: true, id: name, rev: record.revision });
}

/** `npm deprecate` PUTs the packument back with `deprecated` set on versions: apply it to versions held here. */
function updateDeprecations(x: Exchange, name: string, body: PublishBody): void {
  const pkg = findPackage(x.repo, npmCoords(name));
  if (!pkg) throw new DataPlaneError(404, `${name} is not in repository ${x.repo.name}`);
  for (const [version, manifest] of Object.entries(body.versions ?? {})) {
    const held = pkg.versions[version];
    if (!held) continue;
    const message = manifest.deprecated;
    if (typeof message === 'string' && message !== '') held.metadata.deprecated = message;
    else delete held.metadata.deprecated;
  }
  x.ctx.store.changed();
  sendJson(x, 200, { ok: true, id: name });
}
