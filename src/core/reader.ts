import type { Rule } from './rules.js';

/** Raw inputs as read from `INPUT_*`, CLI flags or the environment; blank means "not given". */
export type RawInputs = Readonly<Record<string, string | undefined>>;

/** `domainOwner`, `DOMAIN_OWNER`, `INPUT_DOMAIN-OWNER` and `domain-owner` all name `domain-owner`. */
export function inputName(key: string): string {
  return key
    .replace(/^INPUT_/i, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/_/g, '-');
}

/** One line, at most 60 characters, safe to quote in an error message. */
export function quote(value: string): string {
  const line = JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"');
  return `'${line.length > 60 ? `${line.slice(0, 57)}...` : line}'`;
}

/**
 * Reads inputs by their kebab-case name and collects every problem instead of stopping at the first.
 * Booleans follow the YAML 1.2 core schema, as @actions/core's getBooleanInput does: true, True, TRUE,
 * false, False, FALSE — nothing else.
 */
export class InputReader {
  /** Problems found so far, one sentence each. */
  readonly problems: string[] = [];
  private readonly values = new Map<string, { key: string; value: string }>();

  /** Normalises the keys of `raw`; the same input given twice with different values is a problem. */
  constructor(raw: RawInputs) {
    for (const [key, value] of Object.entries(raw)) {
      const trimmed = (value ?? '').trim();
      if (trimmed === '') continue;
      const name = inputName(key);
      const seen = this.values.get(name);
      if (seen !== undefined && seen.value !== trimmed) {
        this.problems.push(
          `Input '${name}' is given twice with different values (as '${seen.key}' and '${key}')`,
        );
      }
      this.values.set(name, { key, value: trimmed });
    }
  }

  /** The trimmed value, or undefined when absent or blank. */
  text(name: string): string | undefined {
    return this.values.get(name)?.value;
  }

  /** Records a problem with the input `name`. */
  fail(name: string, allowed: string, got: string): void {
    this.problems.push(`Input '${name}' must be ${allowed} (got ${quote(got)})`);
  }

  /** The value if it passes `rule`; undefined (with a problem unless absent) otherwise. */
  optional(name: string, rule: Rule): string | undefined {
    const value = this.text(name);
    if (value === undefined || rule.test(value)) return value;
    this.fail(name, rule.allowed, value);
    return undefined;
  }

  /** Like `optional`, but absence is a problem too. */
  required(name: string, rule: Rule): string | undefined {
    if (this.text(name) === undefined) this.problems.push(`Input '${name}' is required: ${rule.allowed}`);
    return this.optional(name, rule);
  }

  /** true/false in the YAML 1.2 core schema spellings; `fallback` when absent. */
  boolean(name: string, fallback: boolean): boolean {
    const value = this.text(name);
    if (value === undefined) return fallback;
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE'].includes(value)) return false;
    this.fail(name, 'true or false', value);
    return fallback;
  }

  /** A whole number of seconds for which `valid` holds; `fallback` when absent or invalid. */
  integer(name: string, fallback: number, allowed: string, valid: (n: number) => boolean): number {
    const value = this.text(name);
    if (value === undefined) return fallback;
    const n = /^[0-9]{1,9}$/.test(value) ? Number(value) : NaN;
    if (Number.isInteger(n) && valid(n)) return n;
    this.fail(name, allowed, value);
    return fallback;
  }

  /** A comma- or newline-separated list: items trimmed, blanks dropped, each checked, duplicates refused. */
  list(name: string, rule: Rule, normalise: (item: string) => string = (item) => item): string[] {
    const items = (this.text(name) ?? '').split(/[,\n]/).map((item) => normalise(item.trim()));
    const result: string[] = [];
    for (const item of items.filter((i) => i !== '')) {
      if (!rule.test(item))
        this.problems.push(`Input '${name}' must list only ${rule.allowed} (got ${quote(item)})`);
      else if (result.includes(item))
        this.problems.push(`Input '${name}' lists ${quote(item)} more than once`);
      else result.push(item);
    }
    return result;
  }
}
