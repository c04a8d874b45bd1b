import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { EXTERNAL_CONNECTIONS } from './control/ops/external-connections.js';
import { FORMATS, type PackageFormat } from './types.js';

/** A repository in an emulator config file. */
export interface RepositoryConfig {
  name: string;
  description?: string;
  upstreams?: string[];
  externalConnections?: string[];
}

/** A package version to publish at start-up (generated content). */
export interface SeedPackageConfig {
  repository: string;
  format: 'npm' | 'pypi';
  name: string;
  versions: string[];
  dependencies?: Record<string, string>;
}

export interface PackageGroupConfig {
  pattern: string;
  description?: string;
  restrictions?: Partial<Record<'EXTERNAL_UPSTREAM' | 'INTERNAL_UPSTREAM' | 'PUBLISH', string>>;
}

export interface DomainConfig {
  name: string;
  owner?: string;
  repositories: RepositoryConfig[];
  packageGroups?: PackageGroupConfig[];
  packages?: SeedPackageConfig[];
}

/** The `--config FILE` document (YAML or JSON). */
export interface EmulatorConfig {
  region?: string;
  accountId?: string;
  domains: DomainConfig[];
}

const DOMAIN = /^[a-z][a-z0-9-]{0,48}[a-z0-9]$/;
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/;
const ACCOUNT = /^[0-9]{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-[0-9]$/;

/** The domain the emulator starts with when no config is given: the design article's `acme`. */
export const DEFAULT_CONFIG: EmulatorConfig = {
  region: 'us-east-1',
  accountId: '111122223333',
  domains: [
    {
      name: 'acme',
      owner: '111122223333',
      // The service allows one external connection per repository, so npm and PyPI each get a proxy.
      repositories: [
        {
          name: 'public-proxy',
          description: 'Proxy of the public npm registry',
          externalConnections: ['public:npmjs'],
        },
        {
          name: 'public-proxy-pypi',
          description: 'Proxy of the public Python index',
          externalConnections: ['public:pypi'],
        },
        {
          name: 'internal',
          description: 'Internal packages; resolves everything else upstream',
          upstreams: ['public-proxy', 'public-proxy-pypi'],
        },
      ],
      packages: [
        { repository: 'internal', format: 'npm', name: '@acme/auth', versions: ['2.1.0'] },
        {
          repository: 'internal',
          format: 'npm',
          name: '@acme/ui',
          versions: ['1.4.2'],
          dependencies: { '@acme/auth': '^2.1.0' },
        },
        { repository: 'internal', format: 'pypi', name: 'acme-utils', versions: ['1.2.0'] },
      ],
    },
  ],
};

/** Read and validate a config file; every problem is one line naming the file, the field and what is allowed. */
export function loadConfig(file: string): EmulatorConfig {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(
      `--config ${file}: cannot read it as YAML or JSON: ${(err as Error).message.split('\n')[0]}`,
      { cause: err },
    );
  }
  return validateConfig(raw, `--config ${file}`);
}

/** Check a config document's shape and names against the service's patterns. */
export function validateConfig(raw: unknown, where: string): EmulatorConfig {
  const fail = (path: string, why: string): never => {
    throw new Error(`${where}: ${path} ${why}`);
  };
  if (!isObject(raw) || !Array.isArray(raw.domains) || raw.domains.length === 0) {
    return fail('domains', 'must be a non-empty list of domains');
  }
  const config = raw as unknown as EmulatorConfig;
  if (config.region !== undefined && !REGION.test(String(config.region)))
    fail('region', 'must look like us-east-1');
  if (config.accountId !== undefined && !ACCOUNT.test(String(config.accountId)))
    fail('accountId', 'must be 12 digits');
  config.domains.forEach((d, i) => validateDomain(d, `domains[${i}]`, fail));
  return config;
}

function validateDomain(d: DomainConfig, at: string, fail: (path: string, why: string) => never): void {
  if (!isObject(d) || !DOMAIN.test(String(d.name)))
    fail(`${at}.name`, `'${String(d?.name)}' must match ${DOMAIN.source}`);
  if (d.owner !== undefined && !ACCOUNT.test(String(d.owner)))
    fail(`${at}.owner`, 'must be a 12-digit account id (quote it in YAML)');
  if (!Array.isArray(d.repositories)) fail(`${at}.repositories`, 'must be a list');
  const names = new Set(d.repositories.map((r) => r.name));
  d.repositories.forEach((r, j) => {
    const rat = `${at}.repositories[${j}]`;
    if (!REPOSITORY.test(String(r.name)))
      fail(`${rat}.name`, `'${String(r.name)}' must match ${REPOSITORY.source}`);
    for (const up of r.upstreams ?? []) {
      if (!names.has(up)) fail(`${rat}.upstreams`, `names '${up}', which is not a repository of ${d.name}`);
    }
    if ((r.externalConnections ?? []).length > 1)
      fail(`${rat}.externalConnections`, 'may hold one connection (as in the service)');
    for (const ec of r.externalConnections ?? []) {
      if (!(ec in EXTERNAL_CONNECTIONS)) {
        fail(
          `${rat}.externalConnections`,
          `'${ec}' must be one of ${Object.keys(EXTERNAL_CONNECTIONS).join(', ')}`,
        );
      }
    }
  });
  (d.packages ?? []).forEach((p, j) => {
    const pat = `${at}.packages[${j}]`;
    if (!names.has(p.repository))
      fail(`${pat}.repository`, `'${p.repository}' is not a repository of ${d.name}`);
    if (!(FORMATS as readonly string[]).includes(p.format) || !['npm', 'pypi'].includes(p.format)) {
      fail(`${pat}.format`, `'${p.format as PackageFormat}' must be npm or pypi`);
    }
    if (!Array.isArray(p.versions) || p.versions.length === 0)
      fail(`${pat}.versions`, 'must list at least one version');
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
