import { InputError } from '../core/errors.js';
import { InputReader, type RawInputs } from '../core/reader.js';
import { RULES, type Rule } from '../core/rules.js';

/** Where the operational commands act; `domainOwner`/`region` absent = the SDK's defaults. */
export interface OpsTarget {
  readonly domain: string;
  readonly domainOwner?: string;
  readonly region?: string;
  readonly repository: string;
}

const rule = (re: RegExp, allowed: string): Rule => ({ allowed, test: (v) => re.test(v) });

/** Rules the operational commands add to the login ones. */
export const OPS_RULES = {
  externalConnection: rule(/^public:[a-z0-9-]{2,60}$/, "an external connection such as 'public:npmjs'"),
  namespace: rule(/^@?[a-z0-9~-][a-z0-9._~-]{0,213}$/, "a package namespace such as 'acme' (npm: the scope)"),
  /** Formats whose packages have namespaces, so a `/<format>/<namespace>/*` group means something. */
  namespacedFormat: rule(/^(npm|maven|swift|generic)$/, 'one of npm, maven, swift, generic'),
  githubRepo: rule(
    /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/,
    "a GitHub repository such as 'acme/web-app'",
  ),
  branch: rule(/^[A-Za-z0-9._/-]{1,200}$/, "a branch name such as 'main'"),
  bucket: rule(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name'),
  prefix: rule(/^[A-Za-z0-9!_.'()/-]{0,900}$/, "a key prefix such as 'ci-cache/' (no '*')"),
  project: rule(/^[A-Za-z0-9][A-Za-z0-9_-]{1,254}$/, 'a CodeBuild project name'),
} as const;

/** A reader over raw inputs and a way to finish: throws every problem at once, one line each. */
export function reader(raw: RawInputs): { r: InputReader; done: () => void } {
  const r = new InputReader(raw);
  return {
    r,
    done: () => {
      if (r.problems.length > 0) throw new InputError(r.problems);
    },
  };
}

/** domain + repository (required unless `repositoryOptional`), domain-owner, region. */
export function readTarget(r: InputReader, repositoryOptional = false): OpsTarget {
  const domain = r.required('domain', RULES.domain) ?? '';
  const repository =
    (repositoryOptional
      ? r.optional('repository', RULES.repository)
      : r.required('repository', RULES.repository)) ?? '';
  const domainOwner = r.optional('domain-owner', RULES.domainOwner);
  const region = r.optional('region', RULES.region);
  return {
    domain,
    repository,
    ...(domainOwner === undefined ? {} : { domainOwner }),
    ...(region === undefined ? {} : { region }),
  };
}

/** Namespaces without npm's `@`, de-duplicated by the reader. */
export function readNamespaces(r: InputReader, required: boolean): string[] {
  const list = r.list('namespace', OPS_RULES.namespace, (item) => item.replace(/^@/, ''));
  if (required && list.length === 0)
    r.problems.push(`Input 'namespace' is required: ${OPS_RULES.namespace.allowed}`);
  return list;
}
