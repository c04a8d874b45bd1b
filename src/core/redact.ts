/** What replaces a secret in anything shown to people. */
export const REDACTED = '***';

/**
 * `text` with every occurrence of each secret (and its URL-encoded form) replaced by `***`, longest
 * first so a secret containing another is removed whole. Empty secrets are ignored.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const forms = secrets.flatMap((secret) => (secret === '' ? [] : [secret, encodeURIComponent(secret)]));
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .reduce((result, form) => result.split(form).join(REDACTED), text);
}
