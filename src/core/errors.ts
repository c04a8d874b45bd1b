/**
 * Bad inputs, all of them at once: the message holds one line per problem, each naming the input and
 * what it allows. Thrown before anything is fetched or written; entry points exit non-zero on it.
 */
export class InputError extends Error {
  /** One sentence per problem, in input order. */
  readonly problems: readonly string[];

  /** Wraps a non-empty list of problems. */
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}
