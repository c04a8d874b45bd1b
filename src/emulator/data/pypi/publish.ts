import { createHash } from 'node:crypto';
import type { EmulatorContext } from '../../context.js';
import { domainKey, type DomainRecord, type RepositoryRecord, type VersionRecord } from '../../types.js';
import { DataPlaneError, readBody, send, type Exchange } from '../exchange.js';
import {
  findPackage,
  newVersionRecord,
  normalizePypiName,
  packageForNewVersion,
  revisionOf,
  type Coords,
} from '../packages.js';
import { assertMayPublish, assertNotUpstream, nowSeconds } from '../publishing.js';
import { formFields, parseMultipart } from './multipart.js';

const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** Upload form fields worth keeping as version metadata (the long description is not). */
const KEPT_FIELDS = ['summary', 'requires_python', 'license', 'author', 'home_page', 'metadata_version'];

export interface PypiFile {
  name: string;
  version: string;
  filename: string;
  bytes: Buffer;
  /** Core metadata such as `summary` and `requires_python`. */
  metadata: Record<string, unknown>;
}

/**
 * Add one distribution file to a repository, as twine's upload does: origin controls first, then the
 * first-publish defaults (publish ALLOW, upstream BLOCK). A version gathers several files (wheel, sdist);
 * the same file twice is a conflict.
 */
export async function publishPypiFile(
  ctx: EmulatorContext,
  domain: DomainRecord,
  repo: RepositoryRecord,
  file: PypiFile,
): Promise<VersionRecord> {
  const c: Coords = { format: 'pypi', name: normalizePypiName(file.name) };
  assertMayPublish(domain, repo, c);
  const held = findPackage(repo, c)?.versions[file.version];
  if (held?.assets.some((a) => a.name === file.filename)) {
    throw new DataPlaneError(409, `File already exists: ${file.filename} is in ${repo.name}`);
  }
  const asset = ctx.store.blobs.put(domainKey(domain.owner, domain.name), file.filename, file.bytes);
  if (held) {
    held.assets.push(asset);
    held.revision = revisionOf(held.assets);
    Object.assign(held.metadata, file.metadata);
    ctx.store.changed();
    return held;
  }
  const record = newVersionRecord(
    file.version,
    { originType: 'INTERNAL', domainEntryPoint: { repositoryName: repo.name } },
    [asset],
    { ...file.metadata },
    nowSeconds(ctx),
  );
  packageForNewVersion(repo, c, 'published').versions[file.version] = record;
  ctx.store.changed();
  return record;
}

/** The legacy upload API (`POST` to the repository root, `:action=file_upload`) that twine speaks. */
export async function handlePypiUpload(x: Exchange): Promise<void> {
  x.note.kind = 'publish';
  const type = String(x.req.headers['content-type'] ?? '');
  if (!/^multipart\/form-data/i.test(type)) throw new DataPlaneError(400, 'Expected multipart/form-data');
  const body = await readBody(x.req, MAX_UPLOAD_BYTES);
  let form: ReturnType<typeof formFields>;
  let parts: ReturnType<typeof parseMultipart>;
  try {
    parts = parseMultipart(body, type);
    form = formFields(parts);
  } catch (err) {
    throw new DataPlaneError(400, `Malformed upload: ${(err as Error).message}`);
  }
  const { fields, files } = form;
  const content = files.find((f) => f.name === 'content');
  if (fields[':action'] !== 'file_upload')
    throw new DataPlaneError(400, 'Unsupported :action (expected file_upload)');
  if (!fields.name || !fields.version || !content?.filename) {
    throw new DataPlaneError(400, 'An upload needs name, version and a content file');
  }
  const sha256 = createHash('sha256').update(content.data).digest('hex');
  if (fields.sha256_digest && fields.sha256_digest.toLowerCase() !== sha256) {
    throw new DataPlaneError(400, `sha256_digest does not match the uploaded ${content.filename}`);
  }
  Object.assign(x.note, {
    package: normalizePypiName(fields.name),
    version: fields.version,
    asset: content.filename,
  });
  const metadata: Record<string, unknown> = Object.fromEntries(
    KEPT_FIELDS.filter((k) => fields[k]).map((k) => [k, fields[k]]),
  );
  // Requires-Dist repeats (ListPackageVersionDependencies); the long description is the readme
  // (GetPackageVersionReadme).
  const requires = parts.filter((p) => p.name === 'requires_dist' && p.filename === undefined);
  if (requires.length > 0) metadata.requires_dist = requires.map((p) => p.data.toString('utf8'));
  if (fields.description) metadata.readme = fields.description;
  const c: Coords = { format: 'pypi', name: normalizePypiName(fields.name) };
  assertMayPublish(x.domain, x.repo, c);
  await assertNotUpstream(x.ctx, x.domain, x.repo, c, fields.version);
  await publishPypiFile(x.ctx, x.domain, x.repo, {
    name: fields.name,
    version: fields.version,
    filename: content.filename,
    bytes: Buffer.from(content.data),
    metadata,
  });
  send(x, 200, 'OK', { 'content-type': 'text/plain' });
}
