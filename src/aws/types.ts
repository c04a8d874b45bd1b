import type { ProxySettings } from '../core/aws-env.js';

/** AWS session credentials (what AssumeRoleWithWebIdentity hands back). */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiration?: Date;
}

/** Where clients send requests, as whom and through which proxy: one value per run (run/session.ts). */
export interface ClientOptions {
  /** Absent only before the run's region is resolved: the SDK's own lookup then decides. */
  readonly region?: string;
  /** Absent: the SDK's default credential chain (env, profile, container credentials). */
  readonly credentials?: AwsCredentials;
  /** HTTP(S)_PROXY / NO_PROXY as the platform read them; absent or empty = direct. */
  readonly proxy?: ProxySettings;
}

/** A CodeArtifact token and when it stops working. */
export interface AuthorizationToken {
  readonly token: string;
  /** Absent when the service did not say. */
  readonly expiration?: Date;
}

/** The two CodeArtifact calls login makes. */
export interface CodeArtifactApi {
  getAuthorizationToken(request: {
    readonly domain: string;
    readonly domainOwner: string;
    readonly durationSeconds: number;
  }): Promise<AuthorizationToken>;
  /** The repository endpoint for `format`, as the service returns it. */
  getRepositoryEndpoint(request: {
    readonly domain: string;
    readonly domainOwner: string;
    readonly repository: string;
    readonly format: 'npm' | 'pypi';
  }): Promise<string>;
}

/** The two STS calls login makes. */
export interface StsApi {
  /** The 12-digit account of the caller. */
  getCallerAccount(): Promise<string>;
  /** Exchanges an OIDC token for role credentials; retries throttling; errors explain trust policies. */
  assumeRoleWithWebIdentity(request: {
    readonly roleArn: string;
    readonly sessionName: string;
    readonly webIdentityToken: string;
    readonly durationSeconds: number;
  }): Promise<AwsCredentials>;
}

/** Makes API adapters; the SDK-backed one loads each SDK client only when first asked for it. */
export interface AwsApi {
  codeartifact(options: ClientOptions): Promise<CodeArtifactApi>;
  sts(options: ClientOptions): Promise<StsApi>;
  /** The region of the profile (AWS_PROFILE or default, in ~/.aws/config), or undefined when it names none. */
  profileRegion(): Promise<string | undefined>;
}
