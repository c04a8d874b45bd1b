import { InputError } from '../../src/core/errors.js';
import { parseLoginInputs } from '../../src/core/inputs.js';
import type { RawInputs } from '../../src/core/reader.js';

/** The smallest valid inputs. */
export const BASE = { domain: 'acme', repository: 'internal' };

/** [what is wrong, inputs merged over BASE (undefined removes a key), the one problem expected] */
export type BadCase = [string, Record<string, string | undefined>, string];

/** The problems parseLoginInputs reports for `raw`; fails the test when it accepts them. */
export function problemsOf(raw: RawInputs): readonly string[] {
  try {
    parseLoginInputs(raw);
  } catch (err) {
    if (err instanceof InputError) return err.problems;
    throw err;
  }
  throw new Error('expected an InputError');
}

/** Runs a table of bad inputs: each must give exactly its one problem. */
export function expectOneProblemEach(table: readonly BadCase[]): void {
  it.each(table)('%s', (_what, overrides, expected) => {
    const merged = Object.entries({ ...BASE, ...overrides }).filter(([, v]) => v !== undefined);
    const problems = problemsOf(Object.fromEntries(merged));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });
}
