import type {
  CreateRepositoryRequest,
  CreateRepositoryResult,
  DeleteRepositoryRequest,
  DeleteRepositoryResult,
  DescribeRepositoryRequest,
  DescribeRepositoryResult,
  ListRepositoriesInDomainRequest,
  ListRepositoriesInDomainResult,
  ListRepositoriesRequest,
  ListRepositoriesResult,
  UpdateRepositoryRequest,
  UpdateRepositoryResult,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import type { DomainRecord, RepositoryRecord } from '../../types.js';
import { conflict } from '../errors.js';
import { byKey, findDomain, findRepository, nowSeconds, type Valid } from './common.js';
import { repositoryDescription, repositorySummary } from './describe.js';
import { paginate } from './paginate.js';
import { tagsFromList, writeTags } from './tags.js';
import { checkUpstreams } from './upstreams.js';

export function createRepository(
  input: Valid<CreateRepositoryRequest>,
  ctx: EmulatorContext,
): CreateRepositoryResult {
  const domain = findDomain(ctx, input);
  if (domain.repositories[input.repository]) {
    throw conflict(
      `Repository '${input.repository}' already exists in domain '${domain.name}'`,
      'repository',
      input.repository,
    );
  }
  const upstreams = (input.upstreams ?? []).map((u) => u.repositoryName);
  checkUpstreams(domain, input.repository, upstreams);
  const repo: RepositoryRecord = {
    name: input.repository,
    upstreams,
    externalConnections: [],
    createdTime: nowSeconds(ctx),
    packages: {},
    ...(input.description !== undefined ? { description: input.description } : {}),
  };
  writeTags(repo, tagsFromList(input.tags ?? []));
  domain.repositories[repo.name] = repo;
  ctx.store.changed();
  return { repository: repositoryDescription(domain, repo) };
}

export function describeRepository(
  input: Valid<DescribeRepositoryRequest>,
  ctx: EmulatorContext,
): DescribeRepositoryResult {
  const { domain, repo } = findRepository(ctx, input);
  return { repository: repositoryDescription(domain, repo) };
}

/** Replaces the upstream list when one is given (an empty list removes every upstream). */
export function updateRepository(
  input: Valid<UpdateRepositoryRequest>,
  ctx: EmulatorContext,
): UpdateRepositoryResult {
  const { domain, repo } = findRepository(ctx, input);
  if (input.upstreams !== undefined) {
    const upstreams = input.upstreams.map((u) => u.repositoryName);
    checkUpstreams(domain, repo.name, upstreams);
    repo.upstreams = upstreams;
  }
  if (input.description !== undefined) repo.description = input.description;
  ctx.store.changed();
  return { repository: repositoryDescription(domain, repo) };
}

export function deleteRepository(
  input: Valid<DeleteRepositoryRequest>,
  ctx: EmulatorContext,
): DeleteRepositoryResult {
  const { domain, repo } = findRepository(ctx, input);
  const downstream = Object.values(domain.repositories).find((r) => r.upstreams.includes(repo.name));
  if (downstream) {
    // Deleting it would silently change what the downstream repository resolves.
    throw conflict(
      `Repository '${repo.name}' is an upstream repository of '${downstream.name}'; remove it from its upstreams first`,
      'repository',
      repo.name,
    );
  }
  const description = repositoryDescription(domain, repo);
  delete domain.repositories[repo.name];
  ctx.store.changed();
  return { repository: description };
}

export function listRepositories(
  input: Valid<ListRepositoriesRequest>,
  ctx: EmulatorContext,
): ListRepositoriesResult {
  const all = Object.values(ctx.store.state.domains).flatMap((d) => summaries(d, input.repositoryPrefix));
  const { page, nextToken } = paginate(
    all.sort(byKey((r) => r.arn ?? '')),
    input.maxResults,
    input.nextToken,
  );
  return { repositories: page, ...(nextToken ? { nextToken } : {}) };
}

export function listRepositoriesInDomain(
  input: Valid<ListRepositoriesInDomainRequest>,
  ctx: EmulatorContext,
): ListRepositoriesInDomainResult {
  const domain = findDomain(ctx, input);
  const admin = input.administratorAccount;
  const all = summaries(domain, input.repositoryPrefix).filter(
    (r) => !admin || r.administratorAccount === admin,
  );
  const { page, nextToken } = paginate(all, input.maxResults, input.nextToken);
  return { repositories: page, ...(nextToken ? { nextToken } : {}) };
}

function summaries(domain: DomainRecord, prefix: string | undefined) {
  return Object.values(domain.repositories)
    .filter((r) => !prefix || r.name.startsWith(prefix))
    .sort(byKey((r) => r.name))
    .map((r) => repositorySummary(domain, r));
}
