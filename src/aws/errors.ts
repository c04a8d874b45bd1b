/** The name and message of whatever was thrown (SDK errors carry the service's error code as `name`). */
export function errorParts(error: unknown): { name: string; message: string; status?: number } {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return { name: error.name, message: error.message, ...(status === undefined ? {} : { status }) };
}

/** Problems every AWS call can have, whatever the service: where the SDK's own words are cryptic. */
function commonHint(name: string, message: string): string | undefined {
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return (
      'No AWS credentials were found: set role-to-assume (GitHub OIDC), or provide credentials the ' +
      'default chain reads (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, CodeBuild’s role).'
    );
  }
  if (/Region is missing/i.test(message)) {
    return "No AWS region: set the 'region' input or AWS_REGION.";
  }
  return undefined;
}

/**
 * An Error saying what was being done, what AWS answered, and (when known) what to check. The original
 * error is kept as `cause` for debugging; its message never holds a token (requests carry none in text).
 */
export function awsError(doing: string, error: unknown, hints: Readonly<Record<string, string>> = {}): Error {
  const { name, message } = errorParts(error);
  const hint = hints[name] ?? commonHint(name, message);
  const said = `${name === 'Error' ? '' : `${name}: `}${message}`;
  const text = hint ? `${doing}: ${said}${/[.!?]$/.test(said) ? '' : '.'} ${hint}` : `${doing}: ${said}`;
  return new Error(text, { cause: error });
}
