/** The IAM documents `policy` prints: pure rendering, checked for shape and least privilege. */
import { renderPolicy, type PolicyInputs, type PolicyKind } from '../../src/ops/policy.js';
import { policyProblems } from '../../src/ops/policy-check.js';
import { cli } from './helpers.js';

const BASE: PolicyInputs = {
  domain: 'acme',
  domainOwner: '111122223333',
  region: 'eu-west-1',
  repository: 'internal',
};
const FULL: PolicyInputs = {
  ...BASE,
  cache: { bucket: 'acme-ci-cache', prefix: 'deps/' },
  github: { repo: 'acme/web-app', branch: 'main' },
};

const cases: [string, PolicyKind, PolicyInputs][] = [
  ['build role, no cache', 'build-role', BASE],
  ['build role with cache', 'build-role', FULL],
  ['github trust', 'github-trust', FULL],
  ['codebuild service role', 'codebuild-service-role', FULL],
  ['codebuild trust', 'codebuild-trust', FULL],
  [
    'codebuild in another partition',
    'codebuild-service-role',
    { ...FULL, partition: 'aws-cn', region: 'cn-north-1' },
  ],
];

it.each(cases)(
  '%s: well-formed (version, Effect/Action/Resource, ARNs, no stray wildcards)',
  (_what, kind, inputs) => {
    const document = renderPolicy(kind, inputs);
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
    expect(policyProblems(document, kind.endsWith('-trust'))).toEqual([]);
  },
);

it('the build role reads exactly one repository and takes tokens for one domain', () => {
  const { Statement } = renderPolicy('build-role', FULL);
  const by = (action: string) => Statement.find((s) => [s.Action].flat().includes(action));
  expect(by('codeartifact:GetAuthorizationToken')?.Resource).toBe(
    'arn:aws:codeartifact:eu-west-1:111122223333:domain/acme',
  );
  expect(by('codeartifact:ReadFromRepository')?.Resource).toBe(
    'arn:aws:codeartifact:eu-west-1:111122223333:repository/acme/internal',
  );
  expect(by('sts:GetServiceBearerToken')).toMatchObject({
    Resource: '*',
    Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } },
  });
  expect(by('s3:GetObject')?.Resource).toBe('arn:aws:s3:::acme-ci-cache/deps/*');
  expect(by('s3:AbortMultipartUpload')?.Resource).toBe('arn:aws:s3:::acme-ci-cache/deps/*');
  expect(by('s3:ListBucket')).toMatchObject({
    Resource: 'arn:aws:s3:::acme-ci-cache',
    Condition: { StringLike: { 's3:prefix': 'deps/*' } },
  });
  expect(JSON.stringify(Statement)).not.toMatch(/codeartifact:\*|s3:\*|"Action":"\*"/);
});

it('the GitHub trust policy names the provider, the audience and one branch of one repository', () => {
  const [statement] = renderPolicy('github-trust', FULL).Statement;
  expect(statement).toMatchObject({
    Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: {
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
        'token.actions.githubusercontent.com:sub': 'repo:acme/web-app:ref:refs/heads/main',
      },
    },
  });
});

it('the CodeBuild service role adds its own log group to the build statements', () => {
  const { Statement } = renderPolicy('codebuild-service-role', { ...FULL, project: 'web-app' });
  expect(Statement[0]?.Resource).toEqual([
    'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/codebuild/web-app',
    'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/codebuild/web-app:*',
  ]);
  expect(Statement.slice(1)).toEqual(renderPolicy('build-role', FULL).Statement);
});

it.each([
  [
    'a wildcard inside an ARN',
    {
      Version: '2012-10-17',
      Statement: [{ Sid: 'x', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::*/deps' }],
    },
  ],
  [
    '"*" for anything but the bearer token',
    {
      Version: '2012-10-17',
      Statement: [{ Sid: 'x', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    },
  ],
  [
    'no Resource',
    { Version: '2012-10-17', Statement: [{ Sid: 'x', Effect: 'Allow', Action: 's3:GetObject' }] },
  ],
  [
    'an old version',
    {
      Version: '2008-10-17',
      Statement: [{ Sid: 'x', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b' }],
    },
  ],
] as const)('the checker refuses %s', (_what, document) => {
  expect(policyProblems(document as never)).not.toEqual([]);
});

it('the CodeBuild trust policy lets only CodeBuild assume the role, for this account and project', () => {
  const [statement] = renderPolicy('codebuild-trust', { ...FULL, project: 'web-app' }).Statement;
  expect(statement).toMatchObject({
    Principal: { Service: 'codebuild.amazonaws.com' },
    Action: 'sts:AssumeRole',
    Condition: {
      StringEquals: { 'aws:SourceAccount': '111122223333' },
      ArnLike: { 'aws:SourceArn': 'arn:aws:codebuild:eu-west-1:111122223333:project/web-app' },
    },
  });
});

it('the CLI prints every document as JSON; github-trust needs --github-repo', async () => {
  const args = [
    'policy',
    '--domain',
    'acme',
    '--repository',
    'internal',
    '--domain-owner',
    '111122223333',
    '--region',
    'us-east-1',
  ];
  const all = await cli([
    ...args,
    '--github-repo',
    'acme/web-app',
    '--cache-bucket',
    'acme-ci-cache',
    '--cache-prefix',
    'deps/',
  ]);
  expect(all.code).toBe(0);
  expect(Object.keys(JSON.parse(all.stdout) as object)).toEqual([
    'build-role',
    'github-trust',
    'codebuild-service-role',
    'codebuild-trust',
  ]);
  const one = await cli([...args, '--kind', 'build-role']);
  expect((JSON.parse(one.stdout) as { Version: string }).Version).toBe('2012-10-17');
  const missing = await cli([...args, '--kind', 'github-trust']);
  expect(missing).toMatchObject({
    code: 2,
    stderr: expect.stringContaining("Input 'github-repo' is required"),
  });
});
