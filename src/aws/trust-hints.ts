/** The claims of a GitHub OIDC token that trust policies test; none of them is secret. */
export interface TokenClaims {
  readonly iss?: string;
  readonly aud?: string;
  readonly sub?: string;
}

/** Reads the claims of a JWT without verifying it (STS verifies; we only quote them in hints). */
export function tokenClaims(jwt: string): TokenClaims {
  try {
    const payload: unknown = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
    if (typeof payload !== 'object' || payload === null) return {};
    const pick = (key: string): Partial<Record<string, string>> => {
      const value: unknown = (payload as Record<string, unknown>)[key];
      const text = Array.isArray(value) ? value.join(',') : value;
      return typeof text === 'string' ? { [key]: text } : {};
    };
    return { ...pick('iss'), ...pick('aud'), ...pick('sub') };
  } catch {
    return {};
  }
}

const accountOf = (roleArn: string): string => /::(\d{12}):/.exec(roleArn)?.[1] ?? 'the role’s account';
const hostOf = (issuer: string | undefined): string => (issuer ?? '<issuer>').replace(/^https:\/\//, '');

function rejectedHint(roleArn: string, claims: TokenClaims): string {
  const host = hostOf(claims.iss);
  return (
    `The trust policy of ${roleArn} did not accept this workflow's token. Check that it allows ` +
    `sts:AssumeRoleWithWebIdentity for the principal {"Federated": "arn:aws:iam::${accountOf(roleArn)}:` +
    `oidc-provider/${host}"}, that its "${host}:aud" condition is '${claims.aud ?? '?'}' (the 'audience' ` +
    `input), and that its "${host}:sub" condition matches '${claims.sub ?? '?'}' (use StringLike for ` +
    'wildcards; environments, pull requests and tags give different subjects than branches).'
  );
}

/**
 * Error name (the SDK's: modeled errors end in `Exception`) → what to tell the user; the usual trust-policy
 * mistakes, each with the values to compare.
 */
const HINTS: Readonly<Record<string, (roleArn: string, claims: TokenClaims) => string>> = {
  AccessDenied: rejectedHint,
  AccessDeniedException: rejectedHint,
  IDPRejectedClaimException: rejectedHint,
  InvalidIdentityTokenException: (roleArn, claims) =>
    `AWS does not trust this token's issuer: account ${accountOf(roleArn)} needs an IAM OIDC identity ` +
    `provider for '${claims.iss ?? '?'}' whose audiences include '${claims.aud ?? '?'}'.`,
  ExpiredTokenException: () =>
    "The OIDC token had expired when it reached STS: check the runner's clock, or request it later.",
  ValidationError: () =>
    "If the duration is the problem: 'role-duration-seconds' may not exceed the role's maximum session " +
    'duration (1 hour unless the role says otherwise).',
};

/** A hint for an AssumeRoleWithWebIdentity failure, or undefined when there is nothing useful to add. */
export function webIdentityHint(errorName: string, roleArn: string, jwt: string): string | undefined {
  return HINTS[errorName]?.(roleArn, tokenClaims(jwt));
}
