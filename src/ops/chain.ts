import type { CodeArtifactOpsApi, RepositoryInfo } from '../aws/ops.js';
import type { OpsTarget } from './options.js';

/** A repository of the chain and how deep below the starting one it sits (0 = itself). */
export interface ChainLink extends RepositoryInfo {
  readonly depth: number;
}

/** The repository and its upstreams, recursively, breadth first, each once (the service searches in order). */
export async function walkChain(api: CodeArtifactOpsApi, target: OpsTarget): Promise<ChainLink[]> {
  const links: ChainLink[] = [];
  const seen = new Set<string>();
  let level = [target.repository];
  for (let depth = 0; level.length > 0; depth++) {
    const next: string[] = [];
    for (const name of level.filter((n) => !seen.has(n))) {
      seen.add(name);
      const info = await api.describeRepository({ ...domainRef(target), repository: name });
      links.push({ ...info, depth });
      next.push(...info.upstreams);
    }
    level = next;
  }
  return links;
}

/** The domain part of a target, without the region (the client carries it). */
export function domainRef(target: OpsTarget): { domain: string; domainOwner?: string } {
  return {
    domain: target.domain,
    ...(target.domainOwner === undefined ? {} : { domainOwner: target.domainOwner }),
  };
}

/** The chain as indented lines: `internal`, `  public-proxy [public:npmjs]`. */
export function chainLines(links: readonly ChainLink[]): string[] {
  return links.map((l) => {
    const connections = l.externalConnections.map(
      (c) => `${c.name}${c.status && c.status !== 'Available' ? ` (${c.status})` : ''}`,
    );
    return `${'  '.repeat(l.depth + 1)}${l.name}${connections.length > 0 ? ` [${connections.join(', ')}]` : ''}`;
  });
}
