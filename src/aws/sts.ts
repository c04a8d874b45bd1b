import type { STSClient } from '@aws-sdk/client-sts';
import { awsError, errorParts } from './errors.js';
import { withRetries, type RetryOptions } from './retry.js';
import { webIdentityHint } from './trust-hints.js';
import type { StsApi } from './types.js';

type Sdk = typeof import('@aws-sdk/client-sts');

/** Worth another try: throttling, the identity provider being briefly unreachable, server faults. */
const RETRYABLE = new Set([
  'Throttling',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'IDPCommunicationErrorException',
]);

/** True for errors a later attempt may not meet. */
export function isRetryable(error: unknown): boolean {
  const { name, status } = errorParts(error);
  return RETRYABLE.has(name) || (status !== undefined && (status >= 500 || status === 429));
}

/**
 * STS through the AWS SDK. `client` should make one attempt per call (`maxAttempts: 1`): retries of
 * AssumeRoleWithWebIdentity are ours, with jitter and an injectable sleep.
 */
export function stsAdapter(sdk: Sdk, client: STSClient, retry: RetryOptions = {}): StsApi {
  return {
    async getCallerAccount() {
      try {
        const { Account } = await withRetries(
          () => client.send(new sdk.GetCallerIdentityCommand({})),
          isRetryable,
          retry,
        );
        if (!Account) throw new Error('the answer held no account');
        return Account;
      } catch (error) {
        throw awsError("Could not find the caller's account (to use as 'domain-owner')", error);
      }
    },
    async assumeRoleWithWebIdentity({ roleArn, sessionName, webIdentityToken, durationSeconds }) {
      const command = new sdk.AssumeRoleWithWebIdentityCommand({
        RoleArn: roleArn,
        RoleSessionName: sessionName,
        WebIdentityToken: webIdentityToken,
        DurationSeconds: durationSeconds,
      });
      try {
        const { Credentials: c } = await withRetries(() => client.send(command), isRetryable, retry);
        if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('the answer held no credentials');
        return {
          accessKeyId: c.AccessKeyId,
          secretAccessKey: c.SecretAccessKey,
          ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
          ...(c.Expiration ? { expiration: c.Expiration } : {}),
        };
      } catch (error) {
        const hint = webIdentityHint(errorParts(error).name, roleArn, webIdentityToken);
        throw awsError(`Could not assume ${roleArn} with the GitHub OIDC token`, error, {
          ...(hint === undefined ? {} : { [errorParts(error).name]: hint }),
        });
      }
    },
  };
}
