import type { RawInputs } from '../core/reader.js';
import { RULES } from '../core/rules.js';
import { OPS_RULES, reader } from './options.js';
import { POLICY_KINDS, renderPolicy, TRUST_KINDS, type PolicyInputs, type PolicyKind } from './policy.js';
import { policyProblems } from './policy-check.js';
import type { OpsDeps } from './run.js';

const KIND = {
  allowed: `one of ${POLICY_KINDS.join(', ')}, all`,
  test: (v: string) => v === 'all' || (POLICY_KINDS as readonly string[]).includes(v),
};

function parse(raw: RawInputs, resolvedRegion: string): { kinds: PolicyKind[]; inputs: PolicyInputs } {
  const { r, done } = reader({ ...raw, region: resolvedRegion });
  const domain = r.required('domain', RULES.domain) ?? '';
  const repository = r.required('repository', RULES.repository) ?? '';
  const domainOwner = r.required('domain-owner', RULES.domainOwner) ?? '';
  const region = r.required('region', RULES.region) ?? '';
  const bucket = r.optional('cache-bucket', OPS_RULES.bucket);
  const prefix = r.optional('cache-prefix', OPS_RULES.prefix) ?? '';
  const repo = r.optional('github-repo', OPS_RULES.githubRepo);
  const branch = r.optional('branch', OPS_RULES.branch) ?? 'main';
  const project = r.optional('project', OPS_RULES.project);
  const kind = r.optional('kind', KIND) ?? 'all';
  if (kind === 'github-trust' && !repo)
    r.problems.push("Input 'github-repo' is required for --kind github-trust");
  done();
  const kinds =
    kind === 'all' ? POLICY_KINDS.filter((k) => k !== 'github-trust' || repo) : [kind as PolicyKind];
  const inputs: PolicyInputs = {
    domain,
    repository,
    domainOwner,
    region,
    ...(bucket ? { cache: { bucket, prefix } } : {}),
    ...(repo ? { github: { repo, branch } } : {}),
    ...(project ? { project } : {}),
  };
  return { kinds, inputs };
}

/** `policy`: one document, or `{ kind: document }` for all; every document checked before it is printed. */
export async function runPolicy(raw: RawInputs, deps: OpsDeps): Promise<void> {
  // The region goes into ARNs: the same resolution as every other command (input, variables, profile).
  const given = reader(raw).r.optional('region', RULES.region);
  const { kinds, inputs } = parse(raw, await deps.region(given));
  const documents = Object.fromEntries(kinds.map((k) => [k, renderPolicy(k, inputs)]));
  for (const [kind, document] of Object.entries(documents)) {
    const problems = policyProblems(document, TRUST_KINDS.includes(kind as PolicyKind));
    if (problems.length > 0) throw new Error(`The ${kind} document is malformed: ${problems.join('; ')}`);
  }
  const single = kinds.length === 1 && kinds[0] ? documents[kinds[0]] : documents;
  deps.io.out(JSON.stringify(single, null, 2));
  if (!inputs.github && kinds.length > 1)
    deps.io.err('No --github-repo: the GitHub OIDC trust policy was left out.');
}
