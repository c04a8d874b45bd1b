import type { AwsApi, ClientOptions } from '../aws/index.js';
import { regionFromInputOrEnv, type AwsEnvironment, type RegionSource } from '../core/aws-env.js';
import type { AccessConfig } from '../core/config.js';
import type { Platform } from '../platform/types.js';

/**
 * The identity and region of one run (a step, a CLI command), resolved once and handed to every AWS
 * client it makes: CodeArtifact, STS, the S3 cache. Lazy: a run that makes no AWS call resolves nothing
 * (a post step with the github backend never assumes the role).
 */
export interface AwsSession {
  /** Region, credentials and proxy for a client; the first call resolves them, later calls reuse them. */
  options(): Promise<ClientOptions>;
}

/**
 * The region of a run: the input, else AWS_REGION, else AWS_DEFAULT_REGION, else the profile's. None of
 * them is an error that says so (the SDK would otherwise fail later, or S3 silently pick us-east-1).
 */
export async function resolveRegion(
  input: string | undefined,
  env: AwsEnvironment,
  aws: Pick<AwsApi, 'profileRegion'>,
): Promise<{ readonly region: string; readonly from: RegionSource }> {
  const known = regionFromInputOrEnv(input, env);
  if (known !== undefined) return known;
  const profile = await aws.profileRegion();
  if (profile !== undefined) return { region: profile, from: 'profile' };
  throw new Error(
    "No AWS region: give the 'region' input (--region), or set AWS_REGION or AWS_DEFAULT_REGION, or a " +
      'region in the AWS profile',
  );
}

/** The default credential chain, or the role assumed with the job's OIDC token (credentials masked). */
async function resolveIdentity(
  access: AccessConfig,
  base: ClientOptions,
  platform: Platform,
  aws: AwsApi,
): Promise<ClientOptions> {
  if (access.roleToAssume === undefined) return base;
  const webIdentityToken = await platform.idToken(access.audience);
  const sts = await aws.sts(base);
  const credentials = await sts.assumeRoleWithWebIdentity({
    roleArn: access.roleToAssume,
    sessionName: access.roleSessionName,
    webIdentityToken,
    durationSeconds: access.roleDurationSeconds,
  });
  [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken ?? ''].forEach((s) =>
    platform.mask(s),
  );
  return { ...base, credentials };
}

/** The run's session: one region, one identity, the platform's proxy settings. */
export function awsSession(access: AccessConfig, platform: Platform, aws: AwsApi): AwsSession {
  let resolved: Promise<ClientOptions> | undefined;
  return {
    options() {
      resolved ??= (async () => {
        const resolved = await resolveRegion(access.region, platform.runEnv.aws, aws);
        const base: ClientOptions = { region: resolved.region, proxy: platform.runEnv.aws.proxy };
        return resolveIdentity(access, base, platform, aws);
      })();
      return resolved;
    },
  };
}
