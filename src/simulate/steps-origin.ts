/** Steps 4–5: the spoofed @acme/auth and the paused external connection. */
import { DEFAULT_CONFIG, type EmulatorConfig } from '../emulator/config.js';
import { startEmulator } from '../emulator/index.js';
import { buildPassed, claim, zeroExternal } from './claims.js';
import { unfetchedPublicPackage } from './fixture.js';
import { runBuild } from './build.js';
import { host } from './setup.js';
import { allowUpstream, npmProbe, probeLine, setExternalConnection } from './probe.js';
import { mark, since } from './traffic.js';
import type { Claim, StepResult } from './types.js';
import type { World } from './world.js';

const SPOOF = '99.0.0';
const RANGE = { '@acme/auth': '^2 || ^99' };

/**
 * The same request against a fresh domain without the protection: @acme/auth is not held internally (as
 * before the migration, when it lived on the public registry) and its origin control is upstream=ALLOW.
 * (Lifting upstream=BLOCK alone, with 2.1.0 already published internally, still resolved 2.1.0 here.)
 */
function unprotectedConfig(): EmulatorConfig {
  return {
    ...DEFAULT_CONFIG,
    domains: DEFAULT_CONFIG.domains.map((d) => ({
      ...d,
      packages: (d.packages ?? []).filter((p) => !p.name.startsWith('@acme/')),
    })),
  };
}

async function unprotected(world: World, latencyMs: number): Promise<Claim> {
  const emu = await startEmulator({ port: 0, publicLatencyMs: latencyMs, config: unprotectedConfig() });
  try {
    emu.publicRegistry?.publishNpm('@acme/auth', SPOOF);
    await allowUpstream(emu.endpoint);
    const h = await host(world, 'host-unprotected');
    const p = await npmProbe(world, h, 'spoof-unprotected', RANGE, '@acme/auth', emu.endpoint);
    return claim(
      '[--unprotected: fresh domain, @acme/auth not held internally, upstream=ALLOW] the same range resolves the spoofed 99.0.0',
      p.version === SPOOF,
      probeLine(p),
    );
  } finally {
    await emu.close();
  }
}

export async function step4(world: World, latencyMs: number): Promise<StepResult> {
  if (!world.emu.publicRegistry) {
    const note = 'skipped: --public-npm points at a registry simulate cannot publish to';
    return { step: 4, title: 'The spoof', builds: [], claims: [], notes: [note] };
  }
  world.emu.publicRegistry.publishNpm('@acme/auth', SPOOF);
  world.log(`  published @acme/auth@${SPOOF} on the public registry`);
  const h = await host(world, 'host-spoof');
  const from = mark(world.emu.ctx.audit, world.go);
  const p = await npmProbe(world, h, 'spoof-protected', RANGE, '@acme/auth');
  const traffic = since(world.emu.ctx.audit, world.go, from);
  return {
    step: 4,
    title: 'The spoof: @acme/auth@99.0.0 on the public registry',
    builds: [],
    claims: [
      claim(
        '[protected, upstream=BLOCK] "^2 || ^99" still resolves 2.1.0 from internal',
        p.version === '2.1.0',
        probeLine(p),
      ),
      await unprotected(world, latencyMs),
    ],
    notes: [
      `protected probe: ${traffic.requests} requests, ${traffic.internal} served by internal, ${traffic.external} external`,
    ],
  };
}

export async function step5(world: World): Promise<StepResult> {
  const endpoint = world.emu.endpoint;
  await setExternalConnection(endpoint, false);
  world.log('  disassociated public:npmjs from public-proxy');
  const claims: Claim[] = [];
  const notes = ['DisassociateExternalConnection(domain acme, repository public-proxy, public:npmjs)'];
  const c = await host(world, 'host-c');
  const warm = await runBuild(world, c, 'Warm build, paused (no local cache)', {
    restore: false,
    save: false,
  });
  claims.push(buildPassed(warm), zeroExternal(warm));
  const fresh = unfetchedPublicPackage();
  const miss = await npmProbe(world, c, 'incident-new', { [fresh]: '*' }, fresh);
  claims.push(
    claim(`a build needing the new public package ${fresh} fails`, miss.r.code !== 0, probeLine(miss)),
  );
  const internal = await npmProbe(world, c, 'incident-internal', { '@acme/ui': '^1.4.2' }, '@acme/ui');
  claims.push(
    claim(
      'internal packages are unaffected (@acme/ui resolves)',
      internal.version === '1.4.2',
      probeLine(internal),
    ),
  );
  await setExternalConnection(endpoint, true);
  notes.push('AssociateExternalConnection: re-associated');
  const again = await npmProbe(world, c, 'incident-resumed', { [fresh]: '*' }, fresh);
  claims.push(claim(`after re-association ${fresh} installs`, again.r.code === 0, probeLine(again)));
  return {
    step: 5,
    title: 'The incident: the public registry paused, then resumed',
    builds: [warm],
    claims,
    notes,
  };
}
