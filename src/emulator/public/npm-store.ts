/**
 * The npm side of one running public registry: the shared catalog plus whatever was published to this
 * instance at run time (by `npm publish` or by a test injecting, say, a spoofed private name).
 */
import { tarGz, type ArchiveFile } from './archive.js';
import { catalogRecords, type NpmVersionRecord } from './catalog.js';
import { digestTarball, type NpmManifest } from './npm-content.js';
import {
  abbreviatedPackument,
  fullPackument,
  tarballFileName,
  type AbbreviatedPackument,
  type FullPackument,
} from './packument.js';
import { parseVersion } from './semver.js';

/** What one publish adds: a manifest, its tarball and optionally a dist-tag to point at it. */
export interface NpmPublication {
  readonly manifest: NpmManifest;
  readonly tarball: Buffer;
  /** Dist-tags to set, e.g. `{ latest: '99.0.0' }`; by default `latest` follows the highest release. */
  readonly distTags?: Readonly<Record<string, string>>;
  /** ISO publish time; defaults to now. */
  readonly published?: string;
}

/** What publishPackage needs besides name and version; a minimal index.js is added when no file provides `main`. */
export interface NpmPublishInput {
  readonly dependencies?: Readonly<Record<string, string>>;
  /** Extra package.json fields (description, bin, scripts, …). */
  readonly packageJson?: Readonly<Record<string, unknown>>;
  /** Files relative to the package root (`index.js`, `lib/x.js`). */
  readonly files?: readonly ArchiveFile[];
  readonly distTags?: Readonly<Record<string, string>>;
}

/** Raised when a version already exists: registries never let a version be overwritten. */
export class NpmPublishConflict extends Error {}

interface PublishedPackage {
  readonly records: Map<string, NpmVersionRecord>;
  readonly distTags: Record<string, string>;
}

const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** True for names npm accepts today (lower case, optional scope). */
export function isValidNpmName(name: string): boolean {
  return name.length <= 214 && NAME.test(name);
}

/** Catalog plus runtime publications, rendered as packuments and tarballs on request. */
export class NpmStore {
  private readonly published = new Map<string, PublishedPackage>();

  /** Every version known for the name, catalog first; undefined when the name is unknown. */
  records(name: string): NpmVersionRecord[] | undefined {
    const catalog = catalogRecords(name) ?? [];
    const extra = [...(this.published.get(name)?.records.values() ?? [])];
    const all = [...catalog, ...extra];
    return all.length > 0 ? all : undefined;
  }

  /** The full packument for the name, or undefined when unknown. */
  packument(name: string, registryUrl: string): FullPackument | undefined {
    const records = this.records(name);
    return records && fullPackument(name, records, registryUrl, this.published.get(name)?.distTags);
  }

  /** The abbreviated packument for the name, or undefined when unknown. */
  abbreviated(name: string, registryUrl: string): AbbreviatedPackument | undefined {
    const records = this.records(name);
    return records && abbreviatedPackument(name, records, registryUrl, this.published.get(name)?.distTags);
  }

  /** The tarball bytes behind `<name>/-/<file>`, or undefined. */
  tarball(name: string, file: string): Buffer | undefined {
    const record = this.records(name)?.find((r) => tarballFileName(name, r.manifest.version) === file);
    return record?.tarball.tarball;
  }

  /** Adds a version; throws NpmPublishConflict when it exists and Error when the input is invalid. */
  publish(publication: NpmPublication): NpmVersionRecord {
    const { name, version } = publication.manifest;
    if (!isValidNpmName(name)) throw new Error(`Invalid package name: ${name}`);
    if (!parseVersion(version)) throw new Error(`Invalid version for ${name}: ${version}`);
    if (this.records(name)?.some((r) => r.manifest.version === version)) {
      throw new NpmPublishConflict(`Cannot publish over the previously published version ${name}@${version}`);
    }
    const record: NpmVersionRecord = {
      manifest: publication.manifest,
      published: publication.published ?? new Date().toISOString(),
      tarball: digestTarball(publication.tarball),
    };
    const entry = this.published.get(name) ?? { records: new Map(), distTags: {} };
    entry.records.set(version, record);
    Object.assign(entry.distTags, publication.distTags ?? {});
    this.published.set(name, entry);
    return record;
  }

  /** Packs and publishes a version from a few fields, the way a test injects a package. */
  publishPackage(name: string, version: string, input: NpmPublishInput = {}): NpmVersionRecord {
    const extra = input.packageJson ?? {};
    const dependencies = {
      ...(extra.dependencies as Record<string, string> | undefined),
      ...input.dependencies,
    };
    const manifest: NpmManifest = { main: 'index.js', ...extra, name, version, dependencies };
    return this.publish({
      manifest,
      tarball: packNpm(manifest, input.files),
      distTags: input.distTags ?? {},
    });
  }
}

/** Packs a manifest and extra files into an npm tarball (`package/…`), as `npm pack` would. */
export function packNpm(manifest: NpmManifest, files: readonly ArchiveFile[] = []): Buffer {
  const main = typeof manifest.main === 'string' ? manifest.main : 'index.js';
  const given = new Set(files.map((f) => f.path));
  const defaults: ArchiveFile[] = given.has(main)
    ? []
    : [
        {
          path: main,
          content: Buffer.from(`module.exports = ${JSON.stringify({ name: manifest.name })};\n`),
        },
      ];
  const entries = [
    { path: 'package.json', content: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    ...defaults,
    ...files,
  ];
  return tarGz(entries.map((f) => ({ ...f, path: `package/${f.path.replace(/^package\//, '')}` })));
}
