/** One row of the login summary: a tool and the URL it now resolves through (never a credential). */
export interface SummaryRow {
  readonly tool: string;
  readonly registry: string;
}

/** What login reports at the end, for a job summary or a terminal. */
export interface LoginSummary {
  readonly domain: string;
  readonly domainOwner: string;
  readonly repository: string;
  /** ISO 8601, or undefined when the service did not say. */
  readonly expiration?: string;
  readonly rows: readonly SummaryRow[];
  /** Paths login wrote, for people to inspect. */
  readonly files: readonly string[];
  readonly warnings: readonly string[];
}

/** The summary as Markdown, for GitHub's job summary (pure, so it is tested without a runner). */
export function summaryMarkdown(summary: LoginSummary): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    '### CodeArtifact login',
    '',
    `Domain \`${summary.domain}\` (owner \`${summary.domainOwner}\`), repository \`${summary.repository}\`` +
      (summary.expiration ? `; the token expires at ${summary.expiration}.` : '.'),
    '',
    '| Tool | Resolves through |',
    '| --- | --- |',
    ...summary.rows.map((row) => `| ${cell(row.tool)} | \`${cell(row.registry)}\` |`),
  ];
  if (summary.warnings.length > 0) {
    lines.push('', '**Warnings**', '', ...summary.warnings.map((w) => `- ${cell(w)}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The summary as plain lines, for a terminal or a CodeBuild log. */
export function summaryText(summary: LoginSummary): string {
  const width = Math.max(4, ...summary.rows.map((row) => row.tool.length));
  const lines = [
    `Logged in to domain ${summary.domain} (owner ${summary.domainOwner}), repository ${summary.repository}` +
      (summary.expiration ? `; the token expires at ${summary.expiration}` : ''),
    ...summary.rows.map((row) => `  ${row.tool.padEnd(width)}  ${row.registry}`),
  ];
  return `${lines.join('\n')}\n`;
}
