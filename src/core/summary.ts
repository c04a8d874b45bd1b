import type { FileRole } from '../ecosystems/types.js';
import type { LoginPlan } from './plan.js';
import { REDACTED, redact } from './redact.js';

/** Config keys whose values are credentials, whatever else the file holds (the user's own tokens too). */
const SECRET_KEY = /(_authToken|_auth|_password|password|token)(\s*[=:]\s*)\S.*$/i;
/** Variables whose values are credentials. */
const SECRET_ENV = /(TOKEN|PASSWORD|SECRET)$/;
/** The password part of `scheme://user:password@host`. */
const URL_PASSWORD = /(:\/\/[^:/\s@]+:)[^@\s/]+@/g;

/** One line with known secrets, credential-looking values and URL passwords replaced by `***`. */
function safeLine(line: string, secrets: readonly string[]): string {
  return redact(line, secrets).replace(SECRET_KEY, `$1$2${REDACTED}`).replace(URL_PASSWORD, `$1${REDACTED}@`);
}

/**
 * What a dry run prints: each file with its mode and where it would go, the variables later steps would
 * see, the registries and the warnings. `paths` are the locations the I/O layer chose; without them
 * files are described by role. Secrets are redacted three ways (see `safeLine`), so a user's own
 * credentials carried over from an existing config are not printed either.
 */
export function planSummary(
  plan: LoginPlan,
  secrets: readonly string[],
  paths: Readonly<Partial<Record<FileRole, string>>> = {},
): string {
  const out: string[] = [];
  for (const file of plan.files) {
    const where = paths[file.role] ?? `a new ${file.role} file`;
    out.push(
      `Would write ${where} (mode ${file.mode.toString(8).padStart(4, '0')}), exported as ${file.selectedBy}:`,
    );
    out.push(
      ...file.content
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => `    ${safeLine(line, secrets)}`),
    );
  }
  const env = Object.entries(plan.env);
  if (env.length > 0) out.push('Would set for later steps:');
  for (const [name, value] of env) {
    out.push(`    ${name}=${SECRET_ENV.test(name) ? REDACTED : safeLine(value, secrets)}`);
  }
  const registries = Object.entries(plan.registries);
  if (registries.length > 0) out.push('Registries:');
  registries.forEach(([tool, url]) => out.push(`    ${tool}: ${safeLine(url, secrets)}`));
  if (plan.warnings.length > 0) out.push('Warnings:');
  plan.warnings.forEach((warning) => out.push(`    - ${safeLine(warning, secrets)}`));
  return `${out.join('\n')}\n`;
}
