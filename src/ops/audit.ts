import type { CodeArtifactOpsApi, PackageGroupInfo } from '../aws/ops.js';
import { groupVerdict } from './audit-groups.js';
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

/** The namespace's own group, or the one its packages inherit from, with its modes and effective modes. */
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

/**
 * A namespace's packages, each judged by its own origin restrictions AND its associated package group's
 * effective modes: upstream=ALLOW is a finding only when the group leaves the name open too. The report
 * names the namespace's own group, or else the group its packages inherit from.
 */
async function auditNamespace(
  api: CodeArtifactOpsApi,
  config: AuditConfig,
  chain: readonly ChainLink[],
  namespace: string,
) {
  const { target, format } = config;
  const own = await api.describePackageGroup(domainRef(target), `/${format}/${namespace}/*`);
  const packages = await api.listPackages(target, { format, namespace });
  const findings: Finding[] = [];
  let governing = own;
  for (const p of packages) {
    const name = displayName(format, namespace, p.name);
    const group = await api.associatedPackageGroup(domainRef(target), p);
    governing ??= group;
    const verdict = groupVerdict(group, chain, format);
    if (p.upstream === 'ALLOW' && !verdict.closed)
      findings.push({
        package: name,
        problem: `upstream=ALLOW and ${verdict.reason}: public versions of this name can be fetched`,
      });
    const external = (await api.listPackageVersions(target, p)).filter((v) => v.originType === 'EXTERNAL');
    if (external.length > 0) {
      const list = external.map((v) => v.version).join(', ');
      findings.push({ package: name, problem: `${external.length} version(s) of EXTERNAL origin: ${list}` });
    }
  }
  const report: NamespaceReport = {
    namespace,
    packages: packages.length,
    ...(governing ? { group: governing } : {}),
  };
  return { report, findings };
}

/** The chain, the namespaces' package groups, and every internal-scope package public versions could reach. */
export async function audit(config: AuditConfig, api: CodeArtifactOpsApi): Promise<AuditReport> {
  const chain = await walkChain(api, config.target);
  const namespaces = config.namespaces.length > 0 ? config.namespaces : await inferNamespaces(api, config);
  const results = [];
  for (const ns of namespaces) results.push(await auditNamespace(api, config, chain, ns));
  return {
    repository: config.target.repository,
    chain,
    namespaces: results.map((r) => r.report),
    findings: results.flatMap((r) => r.findings),
  };
}
