/** Bad input from the command line or a config file: one line on stderr and exit code 2. */
export class UsageError extends Error {}
