/**
 * The IAM documents docs/codebuild.md shows are the ones `policy` prints (Sids aside), so the docs cannot
 * grant more or less than the command (as they once did with s3:AbortMultipartUpload).
 */
import { renderPolicy, type PolicyInputs, type Statement } from '../../src/ops/policy.js';
import { blocks } from './markdown.js';

const json = blocks('docs/codebuild.md').filter((b) => b.lang === 'json');
const withoutSid = (statements: readonly Statement[]) =>
  statements.map((statement) =>
    Object.fromEntries(Object.entries(statement).filter(([key]) => key !== 'Sid')),
  );
const BASE: PolicyInputs = {
  domain: 'acme',
  domainOwner: '111122223333',
  region: 'us-east-1',
  repository: 'internal',
};

it('docs/codebuild.md shows the login policy and the cache policy, as `policy` renders them', () => {
  expect(json).toHaveLength(2);
  const [login, cache] = json.map((b) => JSON.parse(b.code) as { Version: string; Statement: Statement[] });
  const plain = renderPolicy('build-role', BASE);
  expect(login).toEqual({ Version: plain.Version, Statement: withoutSid(plain.Statement) });
  const cached = renderPolicy('build-role', {
    ...BASE,
    cache: { bucket: 'ci-cache', prefix: 'codeartifact-cache/' },
  });
  expect(cache).toEqual({
    Version: plain.Version,
    Statement: withoutSid(cached.Statement.slice(plain.Statement.length)),
  });
});
