import type { LoginConfig } from '../core/config.js';
import type { LoginPlan } from '../core/plan.js';
import { TOOL_NAMES } from '../ecosystems/index.js';
import type { LoginSummary } from '../core/login-summary.js';
import type { Access } from './access.js';

/** Step outputs of login: `registry-<tool>` per configured tool, plus expiry, owner, tools, env file. */
export function loginOutputs(
  plan: LoginPlan,
  access: Access,
  envFile: string | undefined,
): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const tool of TOOL_NAMES) {
    const registry = plan.registries[tool];
    if (registry !== undefined) outputs[`registry-${tool}`] = registry;
  }
  if (access.expiration !== undefined) outputs.expiration = access.expiration.toISOString();
  outputs['domain-owner'] = access.domainOwner;
  outputs.tools = plan.tools.join(',');
  if (envFile !== undefined) outputs['env-file'] = envFile;
  return outputs;
}

/** The end-of-login summary: one row per tool; nothing in it is a credential. */
export function loginSummary(
  config: LoginConfig,
  plan: LoginPlan,
  access: Access,
  files: readonly string[],
  warnings: readonly string[],
): LoginSummary {
  return {
    domain: config.domain,
    domainOwner: access.domainOwner,
    repository: config.repository,
    ...(access.expiration ? { expiration: access.expiration.toISOString() } : {}),
    rows: plan.tools.map((tool) => ({ tool, registry: plan.registries[tool] ?? '(its own defaults)' })),
    files,
    warnings,
  };
}
