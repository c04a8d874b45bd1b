import type {
  CreateDomainRequest,
  CreateDomainResult,
  DeleteDomainRequest,
  DeleteDomainResult,
  DescribeDomainRequest,
  DescribeDomainResult,
  ListDomainsRequest,
  ListDomainsResult,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import { newPackageGroup } from '../../package-groups.js';
import { domainKey, type DomainRecord } from '../../types.js';
import { conflict, ServiceError } from '../errors.js';
import { byKey, findDomain, nowSeconds, type Valid } from './common.js';
import { domainDescription, domainSummary } from './describe.js';
import { paginate } from './paginate.js';

export function createDomain(input: Valid<CreateDomainRequest>, ctx: EmulatorContext): CreateDomainResult {
  const owner = ctx.accountId;
  if (ctx.store.domain(input.domain, owner)) {
    throw conflict(`Domain '${input.domain}' already exists in account '${owner}'`, 'domain', input.domain);
  }
  const now = nowSeconds(ctx);
  const domain: DomainRecord = {
    name: input.domain,
    owner,
    region: ctx.region,
    createdTime: now,
    // Without a key the service uses the account's AWS managed key for CodeArtifact.
    encryptionKey: input.encryptionKey ?? `arn:aws:kms:${ctx.region}:${owner}:alias/aws/codeartifact`,
    repositories: {},
    // Every domain has the root group `/*`, which allows everything.
    packageGroups: { '/*': newPackageGroup('/*', now) },
    tags: Object.fromEntries((input.tags ?? []).map((t) => [t.key, t.value])),
  };
  ctx.store.state.domains[domainKey(owner, domain.name)] = domain;
  ctx.store.changed();
  return { domain: domainDescription(ctx, domain) };
}

export function describeDomain(
  input: Valid<DescribeDomainRequest>,
  ctx: EmulatorContext,
): DescribeDomainResult {
  return { domain: domainDescription(ctx, findDomain(ctx, input)) };
}

export function listDomains(input: Valid<ListDomainsRequest>, ctx: EmulatorContext): ListDomainsResult {
  const all = Object.values(ctx.store.state.domains).sort(byKey((d) => `${d.name}/${d.owner}`));
  const { page, nextToken } = paginate(all, input.maxResults, input.nextToken);
  return { domains: page.map(domainSummary), ...(nextToken ? { nextToken } : {}) };
}

/**
 * The model lists no ResourceNotFoundException for DeleteDomain: deleting a domain that is already gone
 * succeeds without a description. A domain that still holds repositories cannot be deleted.
 */
export function deleteDomain(input: Valid<DeleteDomainRequest>, ctx: EmulatorContext): DeleteDomainResult {
  const domain = existingDomain(ctx, input);
  if (!domain) return {};
  const repositories = Object.keys(domain.repositories);
  if (repositories.length > 0) {
    throw conflict(
      `Domain '${domain.name}' cannot be deleted because it contains ${repositories.length} repositories`,
      'domain',
      domain.name,
    );
  }
  const description = domainDescription(ctx, domain);
  delete ctx.store.state.domains[domainKey(domain.owner, domain.name)];
  ctx.store.changed();
  return { domain: { ...description, status: 'Deleted' } };
}

function existingDomain(ctx: EmulatorContext, ref: Valid<DeleteDomainRequest>): DomainRecord | undefined {
  try {
    return findDomain(ctx, ref);
  } catch (err) {
    if (err instanceof ServiceError && err.code === 'ResourceNotFoundException') return undefined;
    throw err;
  }
}
