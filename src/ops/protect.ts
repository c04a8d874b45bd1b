import type { CodeArtifactOpsApi, Mode, PackageInfo } from '../aws/ops.js';
import { domainRef } from './chain.js';
import type { OpsIo } from './io.js';
import type { OpsTarget } from './options.js';

/** protect, parsed; `target.repository` empty = the package group only. */
export interface ProtectConfig {
  readonly target: OpsTarget;
  readonly namespace: string;
  /** @default 'npm' */
  readonly format: string;
  readonly dryRun: boolean;
}

/** One change protect would make, with the call that makes it. */
interface Step {
  readonly says: string;
  readonly run: () => Promise<void>;
}

async function groupSteps(config: ProtectConfig, api: CodeArtifactOpsApi): Promise<Step[]> {
  const ref = domainRef(config.target);
  const pattern = `/${config.format}/${config.namespace}/*`;
  const group = await api.describePackageGroup(ref, pattern);
  const block = () => api.setPackageGroupOrigin(ref, pattern, { EXTERNAL_UPSTREAM: 'BLOCK' });
  const steps: Step[] = [];
  if (!group) {
    const description = `Internal namespace ${config.namespace}: never from external connections`;
    steps.push({
      says: `create package group ${pattern}`,
      run: () => api.createPackageGroup(ref, pattern, description),
    });
  }
  if (group?.restrictions.EXTERNAL_UPSTREAM?.mode !== 'BLOCK') {
    steps.push({ says: `set EXTERNAL_UPSTREAM=BLOCK on package group ${pattern}`, run: block });
  }
  return steps;
}

async function packageSteps(config: ProtectConfig, api: CodeArtifactOpsApi): Promise<Step[]> {
  const { target, format, namespace } = config;
  if (!target.repository) return [];
  const packages = await api.listPackages(target, { format, namespace });
  return packages
    .filter((p) => p.upstream !== 'BLOCK')
    .map((p: PackageInfo) => {
      // Publishing stays as it is: protect only closes the public side.
      const restrictions = { publish: p.publish ?? ('ALLOW' as Mode), upstream: 'BLOCK' as Mode };
      return {
        says: `set upstream=BLOCK (publish=${restrictions.publish}) on ${p.name} in ${target.repository}`,
        run: () => api.putPackageOrigin(target, p, restrictions),
      };
    });
}

/** Guards a namespace against public versions; plans first, then acts (unless a dry run). Returns the changes. */
export async function protect(config: ProtectConfig, api: CodeArtifactOpsApi, io: OpsIo): Promise<number> {
  const steps = [...(await groupSteps(config, api)), ...(await packageSteps(config, api))];
  if (steps.length === 0) {
    io.out(`Namespace ${config.namespace} (${config.format}) is already protected: nothing to change.`);
    return 0;
  }
  for (const step of steps) {
    if (config.dryRun) io.out(`Would ${step.says}`);
    else {
      await step.run();
      io.out(`Did ${step.says}`);
    }
  }
  if (config.dryRun) io.out(`Dry run: ${steps.length} change(s) planned, none made.`);
  return steps.length;
}
