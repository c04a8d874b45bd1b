import type { PolicyDocument } from './policy.js';

/** ARNs of the services these documents name, with the only places a `*` may appear. */
const ARN = /^arn:aws[a-z-]*:(codeartifact|s3|logs|iam):[a-z0-9-]*:(\d{12})?:[^\s*]+(\/\*|:\*|\*)?$/;

/**
 * Problems with a document's shape, one line each (empty = fine): the version, Effect/Action on every
 * statement, Resource on permission statements, Principal on trust ones, well-formed ARNs, and no wildcard
 * except a trailing one (a key prefix, log streams) or the bare `*` that sts:GetServiceBearerToken requires.
 */
export function policyProblems(document: PolicyDocument, trust = false): string[] {
  const problems: string[] = [];
  if (document.Version !== '2012-10-17') problems.push('Version must be 2012-10-17');
  if (document.Statement.length === 0) problems.push('no statements');
  for (const [i, s] of document.Statement.entries()) {
    const where = `Statement ${s.Sid ?? i}`;
    if (s.Effect !== 'Allow') problems.push(`${where}: Effect must be Allow`);
    const actions = [s.Action].flat();
    if (actions.length === 0 || actions.some((a) => !/^[a-z0-9-]+:[A-Za-z]+$/.test(a)))
      problems.push(`${where}: bad Action`);
    if (trust) {
      if (!s.Principal) problems.push(`${where}: a trust statement needs a Principal`);
      continue;
    }
    const resources = s.Resource === undefined ? [] : [s.Resource].flat();
    if (resources.length === 0) problems.push(`${where}: no Resource`);
    for (const r of resources) {
      const bearer =
        r === '*' && actions.every((a) => a === 'sts:GetServiceBearerToken') && s.Condition !== undefined;
      if (!bearer && !ARN.test(r))
        problems.push(`${where}: '${r}' is not a well-formed ARN without inner wildcards`);
    }
  }
  return problems;
}
