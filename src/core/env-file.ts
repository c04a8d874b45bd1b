/** Names a POSIX shell and GitHub's env file both accept. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checkName(name: string): void {
  if (!NAME.test(name)) throw new Error(`Cannot export '${name}': not a valid environment variable name`);
}

/**
 * `export NAME='value'` lines for the env file a buildspec or shell sources with `. FILE`. Values are
 * single-quoted, so nothing in them (a token included) is ever expanded by the shell.
 */
export function exportLines(env: Readonly<Record<string, string>>): string {
  return Object.entries(env)
    .map(([name, value]) => {
      checkName(name);
      return `export ${name}='${value.replace(/'/g, `'\\''`)}'\n`;
    })
    .join('');
}

/**
 * Entries for `GITHUB_ENV` in its multi-line form (`NAME<<DELIM`, value, `DELIM`), safe for any value.
 * `delimiter` should be random (the caller owns randomness); a value containing it is refused.
 */
export function githubEnvLines(env: Readonly<Record<string, string>>, delimiter: string): string {
  return Object.entries(env)
    .map(([name, value]) => {
      checkName(name);
      if (delimiter === '' || value.includes(delimiter) || name.includes(delimiter)) {
        throw new Error(`Cannot export ${name}: its value contains the GITHUB_ENV delimiter`);
      }
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join('');
}
