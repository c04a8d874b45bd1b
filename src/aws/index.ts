import { codeartifactAdapter } from './codeartifact.js';
import type { RetryOptions } from './retry.js';
import { stsAdapter } from './sts.js';
import type { AwsApi, ClientOptions } from './types.js';

export type * from './types.js';

/** SDK settings shared by both clients; endpoints stay the SDK's (AWS_ENDPOINT_URL_* included). */
function sdkConfig(options: ClientOptions) {
  // Pinned SDK: its Node-version notice concerns releases we do not use and would only clutter CI logs.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return {
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
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
  };
}
