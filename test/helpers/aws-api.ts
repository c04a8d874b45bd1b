import * as codeartifactSdk from '@aws-sdk/client-codeartifact';
import * as stsSdk from '@aws-sdk/client-sts';
import { codeartifactAdapter } from '../../src/aws/codeartifact.js';
import { stsAdapter } from '../../src/aws/sts.js';
import type { AwsApi, ClientOptions } from '../../src/aws/types.js';

const TEST_CREDENTIALS = { accessKeyId: 'test-access-key', secretAccessKey: 'test-secret-key' };

/** The real adapters and SDK, pointed at local servers explicitly (no process.env involved). */
export function localAws(
  endpoints: { codeartifact: string; sts?: string },
  /** Every client's options are pushed here, so tests can see which region and identity each call used. */
  seen: { client: string; options: ClientOptions }[] = [],
  /** What the machine's AWS profile says; `null` for a machine with no region anywhere. */
  profileRegion: string | null = 'us-east-1',
): AwsApi {
  return {
    async profileRegion() {
      return profileRegion ?? undefined;
    },
    async codeartifact(options) {
      seen.push({ client: 'codeartifact', options });
      const client = new codeartifactSdk.CodeartifactClient({
        endpoint: endpoints.codeartifact,
        region: options.region ?? 'us-east-1',
        credentials: options.credentials ?? TEST_CREDENTIALS,
        maxAttempts: 1,
      });
      return codeartifactAdapter(codeartifactSdk, client);
    },
    async sts(options) {
      seen.push({ client: 'sts', options });
      if (endpoints.sts === undefined) throw new Error('this test has no STS');
      const client = new stsSdk.STSClient({
        endpoint: endpoints.sts,
        region: options.region ?? 'us-east-1',
        credentials: options.credentials ?? TEST_CREDENTIALS,
        maxAttempts: 1,
      });
      return stsAdapter(stsSdk, client, { sleep: async () => undefined });
    },
  };
}
