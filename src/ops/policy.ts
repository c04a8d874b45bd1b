/** What the IAM documents are about; pure data, so rendering needs no AWS call. */
export interface PolicyInputs {
  readonly domain: string;
  readonly domainOwner: string;
  readonly region: string;
  readonly repository: string;
  /** ARN partition. @default 'aws' */
  readonly partition?: string;
  readonly cache?: { readonly bucket: string; readonly prefix: string };
  readonly github?: { readonly repo: string; readonly branch: string };
  /** Account holding the roles (and the GitHub OIDC provider). @default domainOwner */
  readonly account?: string;
  /** CodeBuild project whose log group the service role writes. @default 'codeartifact-cache' */
  readonly project?: string;
}

export interface Statement {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly Principal?: Readonly<Record<string, string>>;
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly Statement[];
}

export const POLICY_KINDS = [
  'build-role',
  'github-trust',
  'codebuild-service-role',
  'codebuild-trust',
] as const;
/** Trust policies (who may assume the role) rather than permission policies. */
export const TRUST_KINDS: readonly PolicyKind[] = ['github-trust', 'codebuild-trust'];
export type PolicyKind = (typeof POLICY_KINDS)[number];

const GITHUB_OIDC = 'token.actions.githubusercontent.com';

const doc = (statements: readonly Statement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements,
});

/** The cache prefix as an S3 key pattern: `ci-cache/` → `ci-cache/*`; empty = the whole bucket. */
const keyPattern = (prefix: string): string => `${prefix.replace(/^\/+/, '')}*`;

/** The statements a build needs: a token for the domain, reads from the one repository, the cache prefix. */
function buildStatements(p: PolicyInputs): Statement[] {
  const arn = `arn:${p.partition ?? 'aws'}`;
  const codeartifact = `${arn}:codeartifact:${p.region}:${p.domainOwner}`;
  const statements: Statement[] = [
    {
      Sid: 'CodeArtifactToken',
      Effect: 'Allow',
      Action: 'codeartifact:GetAuthorizationToken',
      Resource: `${codeartifact}:domain/${p.domain}`,
    },
    {
      Sid: 'CodeArtifactRead',
      Effect: 'Allow',
      Action: ['codeartifact:GetRepositoryEndpoint', 'codeartifact:ReadFromRepository'],
      Resource: `${codeartifact}:repository/${p.domain}/${p.repository}`,
    },
    // GetServiceBearerToken has no resource type: "*" is the only Resource IAM accepts; the condition narrows it.
    {
      Sid: 'CodeArtifactBearerToken',
      Effect: 'Allow',
      Action: 'sts:GetServiceBearerToken',
      Resource: '*',
      Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } },
    },
  ];
  if (!p.cache) return statements;
  const bucket = `${arn}:s3:::${p.cache.bucket}`;
  const keys = keyPattern(p.cache.prefix);
  return [
    ...statements,
    // AbortMultipartUpload: a large save is a multipart upload, and one that fails is aborted so its
    // parts do not stay billed in the bucket.
    {
      Sid: 'CacheObjects',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload'],
      Resource: `${bucket}/${keys}`,
    },
    {
      Sid: 'CacheList',
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: bucket,
      Condition: { StringLike: { 's3:prefix': keys } },
    },
  ];
}

function githubTrust(p: PolicyInputs): PolicyDocument {
  if (!p.github) throw new Error('The GitHub trust policy needs --github-repo (and --branch)');
  const account = p.account ?? p.domainOwner;
  const provider = `arn:${p.partition ?? 'aws'}:iam::${account}:oidc-provider/${GITHUB_OIDC}`;
  return doc([
    {
      Sid: 'GitHubActionsOidc',
      Effect: 'Allow',
      Principal: { Federated: provider },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          [`${GITHUB_OIDC}:aud`]: 'sts.amazonaws.com',
          [`${GITHUB_OIDC}:sub`]: `repo:${p.github.repo}:ref:refs/heads/${p.github.branch}`,
        },
      },
    },
  ]);
}

function codebuildServiceRole(p: PolicyInputs): PolicyDocument {
  const account = p.account ?? p.domainOwner;
  const group = `arn:${p.partition ?? 'aws'}:logs:${p.region}:${account}:log-group:/aws/codebuild/${p.project ?? 'codeartifact-cache'}`;
  return doc([
    {
      Sid: 'BuildLogs',
      Effect: 'Allow',
      Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: [group, `${group}:*`],
    },
    ...buildStatements(p),
  ]);
}

/**
 * Who may assume the CodeBuild service role: the CodeBuild service, only for this account's project
 * (aws:SourceAccount / aws:SourceArn keep another account's project from using it: the confused deputy).
 */
function codebuildTrust(p: PolicyInputs): PolicyDocument {
  const account = p.account ?? p.domainOwner;
  const project = `arn:${p.partition ?? 'aws'}:codebuild:${p.region}:${account}:project/${p.project ?? 'codeartifact-cache'}`;
  return doc([
    {
      Sid: 'CodeBuildService',
      Effect: 'Allow',
      Principal: { Service: 'codebuild.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: {
        StringEquals: { 'aws:SourceAccount': account },
        ArnLike: { 'aws:SourceArn': project },
      },
    },
  ]);
}

/** One least-privilege IAM document. Throws when the inputs it needs are missing. */
export function renderPolicy(kind: PolicyKind, p: PolicyInputs): PolicyDocument {
  if (kind === 'build-role') return doc(buildStatements(p));
  if (kind === 'github-trust') return githubTrust(p);
  if (kind === 'codebuild-trust') return codebuildTrust(p);
  return codebuildServiceRole(p);
}
