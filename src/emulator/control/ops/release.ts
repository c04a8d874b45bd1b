import type { EmulatorContext } from '../../context.js';
import { domainKey, type AssetRef, type DomainRecord } from '../../types.js';

/**
 * Drop the bytes of assets no version in the domain references any more. Assets are stored once per
 * domain and shared by reference, so bytes go only with their last reference (a deleted or disposed
 * version no longer counts towards the domain's storage, as the User Guide says of billing).
 */
export function releaseAssets(ctx: EmulatorContext, domain: DomainRecord, assets: AssetRef[]): void {
  if (assets.length === 0) return;
  const referenced = new Set<string>();
  for (const repo of Object.values(domain.repositories)) {
    for (const pkg of Object.values(repo.packages)) {
      for (const version of Object.values(pkg.versions)) {
        for (const asset of version.assets) referenced.add(asset.sha256);
      }
    }
  }
  const key = domainKey(domain.owner, domain.name);
  for (const asset of assets) {
    if (!referenced.has(asset.sha256)) ctx.store.blobs.delete(key, asset.sha256);
  }
}
