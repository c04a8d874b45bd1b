import { createInterface } from 'node:readline/promises';

/** How an operational command talks to its user; tests pass an in-memory one. */
export interface OpsIo {
  /** The report: stdout. */
  out(text: string): void;
  /** Progress and warnings: stderr. */
  err(text: string): void;
  /** Whether a person can answer a question (stdin and stdout are terminals). */
  readonly interactive: boolean;
  /** Asks a yes/no question; only called when `interactive`. */
  confirm(question: string): Promise<boolean>;
}

/** The process's terminal. */
export function processIo(): OpsIo {
  return {
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => void process.stderr.write(`${text}\n`),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    async confirm(question) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
      } finally {
        rl.close();
      }
    },
  };
}
