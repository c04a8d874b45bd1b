/** Code in the Markdown docs: fenced blocks with their info string, and the CLI flags they name. */
import { readdirSync, readFileSync } from 'node:fs';

export interface Block {
  readonly file: string;
  readonly line: number;
  /** The fence's language (`sh`, `yaml`, …). */
  readonly lang: string;
  /** Words after the language: `aws-account` and `repo-setup` mark blocks the snippet test does not run. */
  readonly tags: readonly string[];
  readonly code: string;
}

/** README.md and every docs/*.md. */
export const DOC_FILES = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The fenced code blocks of a Markdown file. */
export function blocks(file: string): Block[] {
  const found: Block[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*(.*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !/^```\s*$/.test(lines[i] ?? '')) body.push(lines[i] ?? '');
    const [lang = '', rest = ''] = [open[1], open[2]];
    found.push({
      file,
      line: start + 1,
      lang,
      tags: rest.split(/\s+/).filter(Boolean),
      code: body.join('\n'),
    });
  }
  return found;
}

/** Inline code spans outside fences (`codeartifact-cache audit --json`). */
export function inlineCode(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```\s*$/gm, '');
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
}

/**
 * Every `<command> --flag` the text names, for commands invoked as `codeartifact-cache <command>` or
 * `node …/index.js <command>` (or `node $cli <command>`); a `\` continues a line.
 */
export function commandFlags(text: string): { command: string; flag: string }[] {
  const found: { command: string; flag: string }[] = [];
  for (const line of text.replace(/\\\n\s*/g, ' ').split('\n')) {
    const invoked = /(?:codeartifact-cache|index\.js|\$cli)\s+([a-z][a-z-]*)(.*)$/.exec(line);
    if (!invoked) continue;
    const [, command = '', rest = ''] = invoked;
    for (const flag of rest.replace(/#.*$/, '').match(/(?<![\w-])--[a-z][a-z0-9-]*/g) ?? [])
      found.push({ command, flag });
  }
  return found;
}
