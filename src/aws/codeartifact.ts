import type { CodeartifactClient } from '@aws-sdk/client-codeartifact';
import { awsError } from './errors.js';
import type { CodeArtifactApi } from './types.js';

type Sdk = typeof import('@aws-sdk/client-codeartifact');

/** What to check when the service refuses, by error code. */
const TOKEN_HINTS = {
  AccessDeniedException:
    'The caller needs codeartifact:GetAuthorizationToken on the domain and sts:GetServiceBearerToken ' +
    '(condition sts:AWSServiceName = codeartifact.amazonaws.com); root users cannot get tokens.',
  ResourceNotFoundException: "Check 'domain', 'domain-owner' and 'region'.",
};
const ENDPOINT_HINTS = {
  AccessDeniedException: 'The caller needs codeartifact:ReadFromRepository on the repository.',
  ResourceNotFoundException: "Check 'repository' (and 'domain', 'domain-owner', 'region').",
};

/** CodeArtifact through the AWS SDK; errors name the domain or repository and what to check. */
export function codeartifactAdapter(sdk: Sdk, client: CodeartifactClient): CodeArtifactApi {
  return {
    async getAuthorizationToken({ domain, domainOwner, durationSeconds }) {
      try {
        const command = new sdk.GetAuthorizationTokenCommand({ domain, domainOwner, durationSeconds });
        const { authorizationToken, expiration } = await client.send(command);
        if (!authorizationToken) throw new Error('the answer held no token');
        return { token: authorizationToken, ...(expiration ? { expiration } : {}) };
      } catch (error) {
        const doing = `Could not get a CodeArtifact token for domain ${domain} (owner ${domainOwner})`;
        throw awsError(doing, error, TOKEN_HINTS);
      }
    },
    async getRepositoryEndpoint({ domain, domainOwner, repository, format }) {
      try {
        const command = new sdk.GetRepositoryEndpointCommand({ domain, domainOwner, repository, format });
        const { repositoryEndpoint } = await client.send(command);
        if (!repositoryEndpoint) throw new Error('the answer held no endpoint');
        return repositoryEndpoint;
      } catch (error) {
        const doing = `Could not get the ${format} endpoint of repository ${repository} in domain ${domain}`;
        throw awsError(doing, error, ENDPOINT_HINTS);
      }
    },
  };
}
