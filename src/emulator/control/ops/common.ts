import type { EmulatorContext } from '../../context.js';
import type { DomainRecord, RepositoryRecord } from '../../types.js';
import { notFound } from '../errors.js';

/**
 * An SDK request type as it looks after model validation: members the model requires are present
 * (the SDK types them `T | undefined` so callers can build requests incrementally).
 */
export type Valid<T> = T extends Date
  ? T
  : T extends (infer U)[]
    ? Valid<U>[]
    : T extends object
      ? { [K in OptionalKeys<T>]?: Valid<Exclude<T[K], undefined>> } & {
          [K in Exclude<keyof T, OptionalKeys<T>>]: Valid<Exclude<T[K], undefined>>;
        }
      : T;

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

/** One operation's implementation: validated input in, a result shaped like the SDK's `…Result` out. */
export type Handler = (input: never, ctx: EmulatorContext) => object | Promise<object>;

export interface DomainRef {
  domain: string;
  domainOwner?: string;
}

/**
 * The domain a request names. Without `domain-owner` the service assumes the caller's account; the
 * emulator also accepts the only domain of that name, so a config with another owner needs no flag.
 */
export function findDomain(ctx: EmulatorContext, ref: DomainRef): DomainRecord {
  const owner = ref.domainOwner ?? ctx.accountId;
  const exact = ctx.store.domain(ref.domain, owner);
  if (exact) return exact;
  const named = ref.domainOwner ? [] : ctx.store.domainsNamed(ref.domain);
  if (named.length === 1) return named[0] as DomainRecord;
  throw notFound(
    `Domain not found. Domain '${ref.domain}' owned by account '${owner}' does not exist`,
    'domain',
    ref.domain,
  );
}

export function findRepository(
  ctx: EmulatorContext,
  ref: DomainRef & { repository: string },
): { domain: DomainRecord; repo: RepositoryRecord } {
  const domain = findDomain(ctx, ref);
  return { domain, repo: repositoryIn(domain, ref.repository) };
}

export function repositoryIn(domain: DomainRecord, name: string): RepositoryRecord {
  const repo = domain.repositories[name];
  if (repo) return repo;
  throw notFound(
    `Repository not found. Repository '${name}' in domain '${domain.name}' owned by account '${domain.owner}' does not exist`,
    'repository',
    name,
  );
}

export function nowSeconds(ctx: EmulatorContext): number {
  return Math.floor(ctx.now() / 1000);
}

export function toDate(epochSeconds: number): Date {
  return new Date(epochSeconds * 1000);
}

export function domainArn(d: DomainRecord): string {
  return `arn:aws:codeartifact:${d.region}:${d.owner}:domain/${d.name}`;
}

export function repositoryArn(d: DomainRecord, repository: string): string {
  return `arn:aws:codeartifact:${d.region}:${d.owner}:repository/${d.name}/${repository}`;
}

/** The documented form `package-group/<domain>/<encoded pattern>`. */
export function packageGroupArn(d: DomainRecord, pattern: string): string {
  return `arn:aws:codeartifact:${d.region}:${d.owner}:package-group/${d.name}/${encodeURIComponent(pattern)}`;
}

/** Sort by a string key the way list operations return items (stable, locale-independent). */
export function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
