import { createHash } from 'node:crypto';
import type { ResourcePolicy } from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import type { PolicyRecord } from '../../types.js';
import { conflict, notFound, validationError, type ResourceType } from '../errors.js';
import { domainArn, findDomain, findRepository, repositoryArn, type DomainRef } from './common.js';

/**
 * Repository and domain permissions policies are stored and returned with an opaque revision used for
 * optimistic locking (a stale `policyRevision` is a ConflictException). They are NOT enforced: the emulator
 * has one caller identity and no IAM, so a policy that would deny it changes nothing (a documented choice;
 * README "Deliberate differences").
 */
interface Holder {
  permissionsPolicy?: PolicyRecord;
}

interface Target {
  holder: Holder;
  arn: string;
  type: ResourceType;
  name: string;
}

type RepoRef = DomainRef & { repository: string };

function repositoryTarget(ctx: EmulatorContext, input: RepoRef): Target {
  const { domain, repo } = findRepository(ctx, input);
  return { holder: repo, arn: repositoryArn(domain, repo.name), type: 'repository', name: repo.name };
}

function domainTarget(ctx: EmulatorContext, input: DomainRef): Target {
  const domain = findDomain(ctx, input);
  return { holder: domain, arn: domainArn(domain), type: 'domain', name: domain.name };
}

function described(t: Target, policy: PolicyRecord): { policy: ResourcePolicy } {
  return { policy: { resourceArn: t.arn, document: policy.document, revision: policy.revision } };
}

function current(t: Target): PolicyRecord {
  const policy = t.holder.permissionsPolicy;
  if (policy) return policy;
  throw notFound(`No resource policy is set on ${t.type} '${t.name}'`, t.type, t.name);
}

function checkRevision(t: Target, revision: string | undefined): void {
  if (revision !== undefined && revision !== t.holder.permissionsPolicy?.revision) {
    throw conflict(`The policy revision '${revision}' is not the current one`, t.type, t.name);
  }
}

/** IAM policy grammar is not checked in full: the document must be a JSON object with a Statement. */
function checkDocument(document: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    throw validationError('The policy document is not valid JSON', 'OTHER');
  }
  const statement = (parsed as { Statement?: unknown } | null)?.Statement;
  if (typeof parsed !== 'object' || parsed === null || statement === undefined) {
    throw validationError('The policy document must be a JSON object with a Statement', 'OTHER');
  }
}

function put(ctx: EmulatorContext, t: Target, document: string, revision: string | undefined) {
  checkDocument(document);
  checkRevision(t, revision);
  const next = {
    document,
    revision: createHash('sha256').update(`${document}${Date.now()}`).digest('base64'),
  };
  t.holder.permissionsPolicy = next;
  ctx.store.changed();
  return described(t, next);
}

function remove(ctx: EmulatorContext, t: Target, revision: string | undefined) {
  const policy = current(t);
  checkRevision(t, revision);
  delete t.holder.permissionsPolicy;
  ctx.store.changed();
  return described(t, policy);
}

type PutInput = { policyDocument: string; policyRevision?: string };
type DeleteInput = { policyRevision?: string };

export const getRepositoryPermissionsPolicy = (input: RepoRef, ctx: EmulatorContext) => {
  const t = repositoryTarget(ctx, input);
  return described(t, current(t));
};
export const putRepositoryPermissionsPolicy = (input: RepoRef & PutInput, ctx: EmulatorContext) =>
  put(ctx, repositoryTarget(ctx, input), input.policyDocument, input.policyRevision);
export const deleteRepositoryPermissionsPolicy = (input: RepoRef & DeleteInput, ctx: EmulatorContext) =>
  remove(ctx, repositoryTarget(ctx, input), input.policyRevision);

export const getDomainPermissionsPolicy = (input: DomainRef, ctx: EmulatorContext) => {
  const t = domainTarget(ctx, input);
  return described(t, current(t));
};
export const putDomainPermissionsPolicy = (input: DomainRef & PutInput, ctx: EmulatorContext) =>
  put(ctx, domainTarget(ctx, input), input.policyDocument, input.policyRevision);
export const deleteDomainPermissionsPolicy = (input: DomainRef & DeleteInput, ctx: EmulatorContext) =>
  remove(ctx, domainTarget(ctx, input), input.policyRevision);
