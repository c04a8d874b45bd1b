import type { AuditReport, NamespaceReport } from './audit.js';
import { chainLines } from './chain.js';

const mode = (group: NamespaceReport['group'], type: string): string => {
  const r = group?.restrictions[type];
  if (!r) return '-';
  return r.mode === r.effectiveMode || !r.effectiveMode
    ? (r.mode ?? '-')
    : `${r.mode ?? '-'} → ${r.effectiveMode}`;
};

/** Columns padded to their widest cell. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

/** `@acme/x` → `acme`, `acme/x` → `acme`: the namespace `protect` takes. */
const namespaceOf = (pkg: string): string => pkg.replace(/^@/, '').split('/')[0] ?? pkg;

/**
 * The audit as a person reads it: chain, groups per namespace, findings, verdict; `fix` gives the complete
 * `protect` command for a namespace with findings.
 */
export function renderAudit(report: AuditReport, fix?: (namespace: string) => string): string[] {
  const groups = report.namespaces.map((n) => [
    n.namespace,
    n.group?.pattern ?? '(none)',
    mode(n.group, 'EXTERNAL_UPSTREAM'),
    mode(n.group, 'INTERNAL_UPSTREAM'),
    mode(n.group, 'PUBLISH'),
    String(n.packages),
  ]);
  const findings = report.findings.map((f) => [f.package, f.problem]);
  return [
    `Chain of ${report.repository}:`,
    ...chainLines(report.chain),
    '',
    ...(groups.length > 0
      ? table([
          ['NAMESPACE', 'PACKAGE GROUP', 'EXTERNAL_UPSTREAM', 'INTERNAL_UPSTREAM', 'PUBLISH', 'PACKAGES'],
          ...groups,
        ])
      : ['No internal namespaces given or found (use --namespace).']),
    '',
    ...(findings.length > 0 ? table([['PACKAGE', 'FINDING'], ...findings]) : []),
    ...(findings.length > 0
      ? [
          `${findings.length} finding(s). Fix with:`,
          ...[...new Set(report.findings.map((f) => namespaceOf(f.package)))].map(
            (ns) => `  ${fix?.(ns) ?? `protect --namespace ${ns} --repository ${report.repository}`}`,
          ),
        ]
      : ['No findings: no internal-scope package can take versions from the public side.']),
  ];
}

/** The audit for machines: stable keys, the same facts. */
export function auditJson(report: AuditReport): string {
  return JSON.stringify(
    {
      repository: report.repository,
      chain: report.chain.map((l) => ({
        repository: l.name,
        depth: l.depth,
        upstreams: l.upstreams,
        externalConnections: l.externalConnections,
      })),
      namespaces: report.namespaces,
      findings: report.findings,
      clean: report.findings.length === 0,
    },
    null,
    2,
  );
}
