import type { LoginConfig } from '../core/config.js';
import { formatsFor } from '../core/plan.js';
import { checkServerAnswers } from '../core/server-answers.js';
import type { EndpointFormat, ToolName } from '../ecosystems/index.js';
import type { AwsApi, ClientOptions } from '../aws/index.js';
import type { Platform } from '../platform/types.js';
import type { AwsSession } from './session.js';

/** What AWS gave login: whom the domain belongs to, the token and the repository's endpoints. */
export interface Access {
  readonly domainOwner: string;
  readonly token: string;
  readonly expiration?: Date;
  readonly endpoints: Readonly<Partial<Record<EndpointFormat, string>>>;
}

/**
 * The domain owner: the input; else, with an assumed role, the role's own account (which is what
 * GetCallerIdentity would answer, without the call); else the caller's account from STS.
 */
async function domainOwnerOf(config: LoginConfig, options: ClientOptions, aws: AwsApi): Promise<string> {
  if (config.domainOwner !== undefined) return config.domainOwner;
  const fromRole = /^arn:[^:]+:iam::(\d{12}):/.exec(config.roleToAssume ?? '')?.[1];
  return fromRole ?? (await (await aws.sts(options)).getCallerAccount());
}

/** Credentials, token (masked the moment it exists) and the endpoints `tools` need. */
export async function getAccess(
  config: LoginConfig,
  tools: readonly ToolName[],
  platform: Platform,
  aws: AwsApi,
  session: AwsSession,
): Promise<Access> {
  const options = await session.options();
  const domainOwner = await domainOwnerOf(config, options, aws);
  if (config.maskAccountId) platform.mask(domainOwner);
  const codeartifact = await aws.codeartifact(options);
  const { domain, repository, durationSeconds } = config;
  // The calls are independent: made together, login waits for one round trip instead of two or three.
  const granted = codeartifact.getAuthorizationToken({ domain, domainOwner, durationSeconds }).then((t) => {
    platform.mask(t.token);
    // The Basic-auth header pip, poetry and uv send: masked too, in case a client logs its headers.
    platform.mask(Buffer.from(`aws:${t.token}`).toString('base64'));
    return t;
  });
  const formats = formatsFor(tools);
  const located = Promise.all(
    formats.map((format) => codeartifact.getRepositoryEndpoint({ domain, domainOwner, repository, format })),
  );
  // Both settle before either error is reported, so a bad domain always reads as the token error.
  const [tokenResult, urlsResult] = await Promise.allSettled([granted, located]);
  if (tokenResult.status === 'rejected') throw tokenResult.reason;
  if (urlsResult.status === 'rejected') throw urlsResult.reason;
  const { token, expiration } = tokenResult.value;
  const urls = urlsResult.value;
  const endpoints = Object.fromEntries(formats.map((format, i) => [format, urls[i]]));
  // Untrusted until checked: nothing the server says reaches a config file unless it passes.
  checkServerAnswers({ token, endpoints, ...(expiration ? { expiration } : {}) }, Date.now());
  return { domainOwner, token, endpoints, ...(expiration ? { expiration } : {}) };
}
