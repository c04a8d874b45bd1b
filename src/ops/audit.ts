import type { CodeArtifactOpsApi, PackageGroupInfo } from '../aws/ops.js';
import { domainRef, walkChain, type ChainLink } from './chain.js';
import type { OpsTarget } from './options.js';

/** audit, parsed. */
export interface AuditConfig {
  readonly target: OpsTarget;
  /** Internal namespaces (no `@`); empty = those with packages published directly to the repository. */
  readonly namespaces: readonly string[];
  /** @default 'npm' */
  readonly format: string;
}

/** An internal-scope package that public versions could reach. */
export interface Finding {
  readonly package: string;
  readonly problem: string;
}

/** The namespace's own group (if any) and the effective EXTERNAL_UPSTREAM its packages get. */
export interface NamespaceReport {
  readonly namespace: string;
  readonly group?: PackageGroupInfo;
  readonly packages: number;
}

export interface AuditReport {
  readonly repository: string;
  readonly chain: readonly ChainLink[];
  readonly namespaces: readonly NamespaceReport[];
  readonly findings: readonly Finding[];
}

const displayName = (format: string, ns: string, name: string) =>
  format === 'npm' ? `@${ns}/${name}` : `${ns}/${name}`;

/** Namespaces holding packages first published here (publish ALLOW is the default that leaves). */
async function inferNamespaces(api: CodeArtifactOpsApi, config: AuditConfig): Promise<string[]> {
  const all = await api.listPackages(config.target, { format: config.format });
  return [
    ...new Set(all.filter((p) => p.namespace && p.publish === 'ALLOW').map((p) => p.namespace ?? '')),
  ].sort();
}

async function auditNamespace(api: CodeArtifactOpsApi, config: AuditConfig, namespace: string) {
  const { target, format } = config;
  const group = await api.describePackageGroup(domainRef(target), `/${format}/${namespace}/*`);
  const packages = await api.listPackages(target, { format, namespace });
  const findings: Finding[] = [];
  for (const p of packages) {
    const name = displayName(format, namespace, p.name);
    if (p.upstream === 'ALLOW')
      findings.push({
        package: name,
        problem: 'upstream=ALLOW: public versions of this name can be fetched',
      });
    const external = (await api.listPackageVersions(target, p)).filter((v) => v.originType === 'EXTERNAL');
    if (external.length > 0) {
      const list = external.map((v) => v.version).join(', ');
      findings.push({ package: name, problem: `${external.length} version(s) of EXTERNAL origin: ${list}` });
    }
  }
  const report: NamespaceReport = { namespace, packages: packages.length, ...(group ? { group } : {}) };
  return { report, findings };
}

/** The chain, the namespaces' package groups, and every internal-scope package public versions could reach. */
export async function audit(config: AuditConfig, api: CodeArtifactOpsApi): Promise<AuditReport> {
  const chain = await walkChain(api, config.target);
  const namespaces = config.namespaces.length > 0 ? config.namespaces : await inferNamespaces(api, config);
  const results = [];
  for (const ns of namespaces) results.push(await auditNamespace(api, config, ns));
  return {
    repository: config.target.repository,
    chain,
    namespaces: results.map((r) => r.report),
    findings: results.flatMap((r) => r.findings),
  };
}
