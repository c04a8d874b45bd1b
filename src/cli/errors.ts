/** Bad input from the command line or a config file: one line on stderr and exit code 2. */
export class UsageError extends Error {}

/** A command that ran and has something to report through its exit code (e.g. audit's findings). */
export class ExitCodeError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** `audit` could not run to the end (AWS refused, the network failed): not the same as findings (1). */
export const EXIT_COULD_NOT_RUN = 3;
