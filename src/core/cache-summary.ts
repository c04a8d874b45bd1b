/** What happened to one tool's cache in restore or save. */
export interface CacheToolResult {
  /** `npm`, `pip`, `go-build`… */
  readonly id: string;
  readonly key: string;
  /** hit = exact key; partial = a restore key matched; miss; skipped; saved/exists (save); error. */
  readonly outcome: 'hit' | 'partial' | 'miss' | 'skipped' | 'saved' | 'exists' | 'error';
  readonly matchedKey?: string;
  /** Archive bytes moved. */
  readonly bytes?: number;
  readonly seconds: number;
  /** Why it was skipped or failed. */
  readonly note?: string;
  /** lookup-only: hit and partial mean the entry was found, not downloaded. */
  readonly lookedUp?: true;
}

const MIB = 1024 * 1024;

/** `12.3 MiB`. */
export const mib = (bytes: number): string => `${(bytes / MIB).toFixed(1)} MiB`;

/** `12.3 MiB of 40.0 MiB, 55.1 MiB/s` for a transfer that has run `seconds`. */
export function progressLine(bytes: number, total: number | undefined, seconds: number): string {
  const rate = seconds > 0 ? `${(bytes / MIB / seconds).toFixed(1)} MiB/s` : '-';
  return `${mib(bytes)}${total === undefined ? '' : ` of ${mib(total)}`}, ${rate}`;
}

/** Step outputs of restore: all-exact `cache-hit`, the matched keys, bytes and seconds; then per tool. */
export function restoreOutputs(results: readonly CacheToolResult[]): Record<string, string> {
  const restored = results.filter((r) => r.outcome === 'hit' || r.outcome === 'partial');
  const outputs: Record<string, string> = {
    'cache-hit': String(results.length > 0 && results.every((r) => r.outcome === 'hit')),
    // Keys never hold commas, so the list splits back unambiguously.
    'cache-matched-key': restored.map((r) => r.matchedKey ?? '').join(','),
    'cache-restored-bytes': String(restored.reduce((n, r) => n + (r.bytes ?? 0), 0)),
    'cache-restore-seconds': results.reduce((n, r) => n + r.seconds, 0).toFixed(1),
  };
  for (const r of results) {
    outputs[`cache-hit-${r.id}`] = String(r.outcome === 'hit');
    outputs[`cache-matched-key-${r.id}`] = r.matchedKey ?? '';
  }
  return outputs;
}

const OUTCOME_TEXT: Readonly<Record<CacheToolResult['outcome'], string>> = {
  hit: 'restored (exact key)',
  partial: 'restored (restore key)',
  miss: 'miss',
  skipped: 'skipped',
  saved: 'saved',
  exists: 'already saved',
  error: 'failed (warning)',
};

const LOOKED_UP_TEXT: Partial<Record<CacheToolResult['outcome'], string>> = {
  hit: 'found (exact key), not downloaded: lookup-only',
  partial: 'found (restore key), not downloaded: lookup-only',
};

const outcomeText = (r: CacheToolResult): string =>
  (r.lookedUp ? LOOKED_UP_TEXT[r.outcome] : undefined) ?? OUTCOME_TEXT[r.outcome];

const cells = (r: CacheToolResult): string[] => [
  r.id,
  outcomeText(r) + (r.note === undefined ? '' : `: ${r.note}`),
  r.matchedKey ?? r.key,
  r.bytes === undefined ? '' : mib(r.bytes),
  `${r.seconds.toFixed(1)} s`,
];

/** One row per tool, as a markdown table (job summary) and as lines (logs). */
export function cacheSummary(
  title: string,
  results: readonly CacheToolResult[],
): { markdown: string; text: string } {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const markdown = [
    `### ${title}`,
    '',
    '| tool | result | key | size | time |',
    '| --- | --- | --- | --- | --- |',
    ...results.map((r) => `| ${cells(r).map(escape).join(' | ')} |`),
    '',
  ].join('\n');
  const text = [
    `${title}:`,
    ...results.map(
      (r) =>
        `  ${cells(r)
          .filter((c) => c !== '')
          .join(' · ')}`,
    ),
  ];
  return { markdown, text: `${text.join('\n')}\n` };
}
