import type {
  DomainDescription,
  DomainSummary,
  RepositoryDescription,
  RepositorySummary,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import { domainKey, type DomainRecord, type RepositoryRecord } from '../../types.js';
import { domainArn, repositoryArn, toDate } from './common.js';

/** How the service describes records: the shapes below are the SDK's, so the compiler checks them. */

export function domainSummary(d: DomainRecord): DomainSummary {
  return {
    name: d.name,
    owner: d.owner,
    arn: domainArn(d),
    status: 'Active',
    createdTime: toDate(d.createdTime),
    encryptionKey: d.encryptionKey,
  };
}

export function domainDescription(ctx: EmulatorContext, d: DomainRecord): DomainDescription {
  return {
    ...domainSummary(d),
    repositoryCount: Object.keys(d.repositories).length,
    assetSizeBytes: ctx.store.blobs.usage(domainKey(d.owner, d.name)).bytes,
    // The service keeps assets in a bucket it owns; the emulator keeps them in its blob store.
    s3BucketArn: `arn:aws:s3:::assets-${d.owner}-${d.region}`,
  };
}

export function repositorySummary(d: DomainRecord, repo: RepositoryRecord): RepositorySummary {
  return {
    name: repo.name,
    administratorAccount: d.owner,
    domainName: d.name,
    domainOwner: d.owner,
    arn: repositoryArn(d, repo.name),
    createdTime: toDate(repo.createdTime),
    ...(repo.description !== undefined ? { description: repo.description } : {}),
  };
}

export function repositoryDescription(d: DomainRecord, repo: RepositoryRecord): RepositoryDescription {
  return {
    ...repositorySummary(d, repo),
    upstreams: repo.upstreams.map((repositoryName) => ({ repositoryName })),
    externalConnections: repo.externalConnections.map((c) => ({ ...c })),
  };
}
