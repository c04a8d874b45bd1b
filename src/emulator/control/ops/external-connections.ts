import type {
  AssociateExternalConnectionRequest,
  AssociateExternalConnectionResult,
  DisassociateExternalConnectionRequest,
  DisassociateExternalConnectionResult,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import { hasFault } from '../../faults.js';
import type { PackageFormat } from '../../types.js';
import { conflict, notFound, quotaExceeded, validationError } from '../errors.js';
import { findRepository, type Valid } from './common.js';
import { repositoryDescription } from './describe.js';

/** The external connections the service documents, with the format of the packages each one serves. */
export const EXTERNAL_CONNECTIONS: Readonly<Record<string, PackageFormat>> = {
  'public:npmjs': 'npm',
  'public:pypi': 'pypi',
  'public:nuget-org': 'nuget',
  'public:maven-central': 'maven',
  'public:maven-googleandroid': 'maven',
  'public:maven-gradleplugins': 'maven',
  'public:maven-commonsware': 'maven',
  'public:maven-clojars': 'maven',
  'public:ruby-gems-org': 'ruby',
  'public:crates-io': 'cargo',
};

/** One external connection per repository, as the service allows. */
export function associateExternalConnection(
  input: Valid<AssociateExternalConnectionRequest>,
  ctx: EmulatorContext,
): AssociateExternalConnectionResult {
  const { domain, repo } = findRepository(ctx, input);
  const name = input.externalConnection;
  const packageFormat = EXTERNAL_CONNECTIONS[name];
  if (!packageFormat) {
    const known = Object.keys(EXTERNAL_CONNECTIONS).join(', ');
    throw validationError(`'${name}' is not a valid external connection name. Valid names: ${known}`);
  }
  if (repo.externalConnections.some((c) => c.externalConnectionName === name)) {
    throw conflict(`Repository '${repo.name}' is already associated with '${name}'`, 'repository', repo.name);
  }
  const existing = repo.externalConnections[0];
  if (existing) {
    throw quotaExceeded(
      `Repository '${repo.name}' already has the external connection '${existing.externalConnectionName}'; a repository can have only one`,
      'repository',
      repo.name,
    );
  }
  repo.externalConnections.push({ externalConnectionName: name, packageFormat, status: 'Available' });
  ctx.store.changed();
  return { repository: repositoryDescription(domain, repo) };
}

export function disassociateExternalConnection(
  input: Valid<DisassociateExternalConnectionRequest>,
  ctx: EmulatorContext,
): DisassociateExternalConnectionResult {
  const { domain, repo } = findRepository(ctx, input);
  const name = input.externalConnection;
  const index = repo.externalConnections.findIndex((c) => c.externalConnectionName === name);
  if (index < 0) {
    throw notFound(
      `External connection '${name}' is not associated with repository '${repo.name}' in domain '${domain.name}'`,
      'repository',
      repo.name,
    );
  }
  if (!hasFault(ctx, 'pause')) repo.externalConnections.splice(index, 1);
  ctx.store.changed();
  return { repository: repositoryDescription(domain, repo) };
}
