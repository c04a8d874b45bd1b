import type { CodeArtifactOpsApi } from '../aws/ops.js';
import { InputError } from '../core/errors.js';
import { chainLines, domainRef, walkChain, type ChainLink } from './chain.js';
import type { OpsIo } from './io.js';
import type { OpsTarget } from './options.js';
import { connectionFormat, holdings, holdingsLine } from './resolvable.js';

/** pause-upstream / resume-upstream, parsed. */
export interface UpstreamConfig {
  readonly target: OpsTarget;
  /** @default 'public:npmjs' */
  readonly connection: string;
  readonly dryRun: boolean;
  /** Act without asking (needed when no one can be asked). */
  readonly yes: boolean;
  /** The complete command that undoes a pause, printed after it. */
  readonly undo?: string;
}

const holders = (chain: readonly ChainLink[], connection: string) =>
  chain.filter((l) => l.externalConnections.some((c) => c.name === connection));

/** Asks, or refuses when no one can answer: changing a shared repository is not done by accident. */
async function confirmed(config: UpstreamConfig, io: OpsIo, question: string): Promise<boolean> {
  if (config.yes) return true;
  if (!io.interactive) {
    throw new InputError([
      `Refusing to change the repository without --yes when not on a terminal (--dry-run shows the plan)`,
    ]);
  }
  return io.confirm(question);
}

/** Disassociates the external connection from the repository of the chain that holds it. */
export async function pauseUpstream(
  config: UpstreamConfig,
  api: CodeArtifactOpsApi,
  io: OpsIo,
): Promise<void> {
  const { target, connection } = config;
  const chain = await walkChain(api, target);
  io.out(`Chain of ${target.repository} in domain ${target.domain}:`);
  chainLines(chain).forEach((line) => io.out(line));
  const holder = holders(chain, connection)[0];
  if (!holder) {
    io.out(`${connection} is not associated with any repository of this chain: nothing to pause.`);
    return;
  }
  io.out(`Acting on repository ${holder.name}, which holds ${connection}.`);
  const format = connectionFormat(connection);
  for (const name of new Set([target.repository, holder.name])) {
    const held = await holdings(api, { ...domainRef(target), repository: name }, format);
    io.out(`Stays resolvable: ${holdingsLine(name, format, held)}.`);
  }
  io.out('Other formats and other external connections are unaffected.');
  io.out(`Fails until resume-upstream: any ${format} version not already held in the chain.`);
  if (config.dryRun) return io.out(`Dry run: would disassociate ${connection} from ${holder.name}.`);
  if (!(await confirmed(config, io, `Disassociate ${connection} from ${holder.name}?`)))
    return io.out('Nothing changed.');
  await api.disassociateExternalConnection({ ...domainRef(target), repository: holder.name }, connection);
  io.out(`Disassociated ${connection} from ${holder.name}. Undo: ${config.undo ?? 'resume-upstream'}`);
}

/**
 * The repository to re-associate: the named one when it has no upstreams (a proxy), else the one proxy of
 * the chain with neither upstreams nor an external connection; anything else is ambiguous.
 */
function resumeTarget(chain: readonly ChainLink[]): ChainLink {
  const first = chain[0];
  if (first && first.upstreams.length === 0) return first;
  const bare = chain.filter((l) => l.upstreams.length === 0 && l.externalConnections.length === 0);
  if (bare.length === 1 && bare[0]) return bare[0];
  const names = bare.map((l) => l.name).join(', ') || 'none';
  throw new InputError([
    `Cannot tell which repository should get the connection (candidates: ${names}): name it with --repository`,
  ]);
}

/** Re-associates the external connection; says so and changes nothing when it already is. */
export async function resumeUpstream(
  config: UpstreamConfig,
  api: CodeArtifactOpsApi,
  io: OpsIo,
): Promise<void> {
  const { target, connection } = config;
  const chain = await walkChain(api, target);
  const holder = holders(chain, connection)[0];
  if (holder) return io.out(`${connection} is already associated with ${holder.name}: nothing to resume.`);
  const repo = resumeTarget(chain);
  io.out(`Acting on repository ${repo.name} (in the chain of ${target.repository}).`);
  if (config.dryRun) return io.out(`Dry run: would associate ${connection} with ${repo.name}.`);
  if (!(await confirmed(config, io, `Associate ${connection} with ${repo.name}?`)))
    return io.out('Nothing changed.');
  await api.associateExternalConnection({ ...domainRef(target), repository: repo.name }, connection);
  io.out(`Associated ${connection} with ${repo.name}: new versions are fetched again.`);
}
