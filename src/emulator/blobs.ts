import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AssetRef } from './types.js';

/**
 * Asset bytes, stored once per domain and addressed by sha256 — the service keeps one copy of a
 * version's files per domain however many repositories reference it.
 */
export interface BlobStore {
  /** Store bytes under a domain; returns the asset reference with every hash clients ask for. */
  put(domain: string, name: string, data: Buffer): AssetRef;
  get(domain: string, sha256: string): Buffer | undefined;
  /** Forget bytes no version references any more (DeletePackageVersions, DisposePackageVersions). */
  delete(domain: string, sha256: string): void;
  /** Distinct assets and bytes held for a domain. */
  usage(domain: string): { assets: number; bytes: number };
}

/** Compute the asset reference of some bytes. */
export function assetRef(name: string, data: Buffer): AssetRef {
  const digest = (algorithm: string, encoding: 'hex' | 'base64') =>
    createHash(algorithm).update(data).digest(encoding);
  return {
    name,
    size: data.length,
    sha256: digest('sha256', 'hex'),
    sha1: digest('sha1', 'hex'),
    sha512: digest('sha512', 'base64'),
    md5: digest('md5', 'hex'),
  };
}

/** In-memory blobs: the default when the emulator runs without --data-dir. */
export class MemoryBlobStore implements BlobStore {
  private readonly domains = new Map<string, Map<string, Buffer>>();

  put(domain: string, name: string, data: Buffer): AssetRef {
    const ref = assetRef(name, data);
    const blobs = this.domains.get(domain) ?? new Map<string, Buffer>();
    this.domains.set(domain, blobs);
    if (!blobs.has(ref.sha256)) blobs.set(ref.sha256, data);
    return ref;
  }

  get(domain: string, sha256: string): Buffer | undefined {
    return this.domains.get(domain)?.get(sha256);
  }

  delete(domain: string, sha256: string): void {
    this.domains.get(domain)?.delete(sha256);
  }

  usage(domain: string): { assets: number; bytes: number } {
    let bytes = 0;
    const blobs = this.domains.get(domain) ?? new Map<string, Buffer>();
    for (const b of blobs.values()) bytes += b.length;
    return { assets: blobs.size, bytes };
  }
}

/** Blobs under DIR/<domain-key>/<sha256>, written via a temp file and rename so a crash leaves no partial blob. */
export class DiskBlobStore implements BlobStore {
  private readonly sizes = new Map<string, Map<string, number>>();

  constructor(private readonly dir: string) {}

  private domainDir(domain: string): string {
    return join(this.dir, domain.replace(/[^A-Za-z0-9-]/g, '_'));
  }

  put(domain: string, name: string, data: Buffer): AssetRef {
    const ref = assetRef(name, data);
    const dir = this.domainDir(domain);
    const file = join(dir, ref.sha256);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, data);
      renameSync(tmp, file);
    }
    this.track(domain, ref.sha256, data.length);
    return ref;
  }

  get(domain: string, sha256: string): Buffer | undefined {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return undefined;
    const file = join(this.domainDir(domain), sha256);
    return existsSync(file) ? readFileSync(file) : undefined;
  }

  delete(domain: string, sha256: string): void {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return;
    rmSync(join(this.domainDir(domain), sha256), { force: true });
    this.sizes.get(domain)?.delete(sha256);
  }

  usage(domain: string): { assets: number; bytes: number } {
    let bytes = 0;
    const sizes = this.sizes.get(domain) ?? new Map<string, number>();
    for (const s of sizes.values()) bytes += s;
    return { assets: sizes.size, bytes };
  }

  /** Re-register blobs known from persisted state so usage() is right after a restart. */
  track(domain: string, sha256: string, size: number): void {
    const sizes = this.sizes.get(domain) ?? new Map<string, number>();
    this.sizes.set(domain, sizes);
    sizes.set(sha256, size);
  }
}
