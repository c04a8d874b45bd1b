import { sdkAws } from '../aws/index.js';
import { readRunEnvironment } from '../core/run-env.js';
import { invocation } from '../ops/hints.js';
import { processIo } from '../ops/io.js';
import type { OpsDeps } from '../ops/run.js';
import { resolveRegion } from '../run/session.js';

/**
 * The operational commands' world, read at the edge: the environment once (region variables, proxy),
 * the real SDK and the terminal. The region is resolved the way login and the cache resolve it.
 */
export function processDeps(env: Readonly<Record<string, string | undefined>> = process.env): OpsDeps {
  const runEnv = readRunEnvironment(env);
  const aws = sdkAws();
  const io = processIo();
  // Resolved once per command (its report stays clean: the region shows in the errors that need it).
  let resolved: Promise<string> | undefined;
  const region = (input: string | undefined) =>
    (resolved ??= resolveRegion(input, runEnv.aws, aws).then((r) => r.region));
  return {
    io,
    region,
    self: invocation(process.argv[1], process.cwd()),
    api: async (target) => {
      const { sdkOpsApi } = await import('../aws/ops.js');
      return sdkOpsApi({ region: await region(target.region), proxy: runEnv.aws.proxy });
    },
  };
}
