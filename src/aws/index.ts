import { codeartifactAdapter } from './codeartifact.js';
import type { RetryOptions } from './retry.js';
import { proxyRequestHandler } from './http.js';
import { stsAdapter } from './sts.js';
import type { AwsApi, ClientOptions } from './types.js';

export type * from './types.js';

/**
 * SDK settings shared by every client (CodeArtifact, STS, S3): region, credentials and the proxy agent.
 * Endpoints stay the SDK's (AWS_ENDPOINT_URL_* included).
 */
export function sdkConfig(options: ClientOptions) {
  const requestHandler = proxyRequestHandler(options.proxy);
  return {
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    ...(requestHandler === undefined ? {} : { requestHandler }),
  };
}

/**
 * The real AWS, through the SDK. Each client package is imported on first use: a login that knows its
 * domain owner and needs no role never loads STS, which keeps start-up short.
 */
export function sdkAws(retry: RetryOptions = {}): AwsApi {
  return {
    async codeartifact(options) {
      const sdk = await import('@aws-sdk/client-codeartifact');
      return codeartifactAdapter(sdk, new sdk.CodeartifactClient(sdkConfig(options)));
    },
    async sts(options) {
      const sdk = await import('@aws-sdk/client-sts');
      // One attempt per call: retries (with jitter) are stsAdapter's, so they can be tested and tuned.
      const client = new sdk.STSClient({ ...sdkConfig(options), maxAttempts: 1 });
      return stsAdapter(sdk, client, retry);
    },
    async profileRegion() {
      // The SDK's own lookup (AWS_PROFILE, ~/.aws/config), asked once; callers have already ruled out
      // the input and the region variables.
      const sdk = await import('@aws-sdk/client-sts');
      const client = new sdk.STSClient({});
      try {
        return await client.config.region();
      } catch {
        return undefined;
      } finally {
        client.destroy();
      }
    },
  };
}
