import { codeartifactOpsAdapter } from './codeartifact-ops.js';
import { sdkConfig } from './index.js';
import type { CodeArtifactOpsApi } from './ops-types.js';
import type { ClientOptions } from './types.js';

export type * from './ops-types.js';

/**
 * The operational calls through the real SDK, loaded on first use. The endpoint stays the SDK's, so
 * AWS_ENDPOINT_URL_CODEARTIFACT points these commands at the emulator exactly as it does login.
 */
export async function sdkOpsApi(options: ClientOptions = {}): Promise<CodeArtifactOpsApi> {
  const sdk = await import('@aws-sdk/client-codeartifact');
  const client = new sdk.CodeartifactClient(sdkConfig(options));
  return codeartifactOpsAdapter(sdk, client);
}
