import { codeartifactOpsAdapter } from './codeartifact-ops.js';
import type { CodeArtifactOpsApi } from './ops-types.js';

export type * from './ops-types.js';

/**
 * The operational calls through the real SDK, loaded on first use. The endpoint stays the SDK's, so
 * AWS_ENDPOINT_URL_CODEARTIFACT points these commands at the emulator exactly as it does login.
 */
export async function sdkOpsApi(options: { region?: string } = {}): Promise<CodeArtifactOpsApi> {
  // Pinned SDK: its Node-version notice concerns releases we do not use.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const sdk = await import('@aws-sdk/client-codeartifact');
  const client = new sdk.CodeartifactClient(options.region === undefined ? {} : { region: options.region });
  return codeartifactOpsAdapter(sdk, client);
}
