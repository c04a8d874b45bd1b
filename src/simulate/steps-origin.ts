/** Steps 4–5: the spoofed @acme/auth and the paused external connection. */
import { clearExternalMetadata } from '../emulator/data/external/metadata.js';
import { buildPassed, claim, zeroExternal } from './claims.js';
import { unfetchedPublicPackage } from './fixture.js';
import { runBuild } from './build.js';
import { host } from './setup.js';
import { CONNECTIONS, failedWith404For, npmProbe, probeLine, setExternalConnections } from './probe.js';
import { mark, since } from './traffic.js';
import type { Claim, StepResult } from './types.js';
import { UNPROTECTED_DOMAIN, type World } from './world.js';

const SPOOF = '99.0.0';
const RANGE = { '@acme/auth': '^2 || ^99' };

/**
 * Both domains of the emulator resolve the same range one after the other, against the same public
 * registry with nothing published in between, and with no external metadata cached from earlier look-ups
 * (a stale "not found" would hide the spoof from a domain whose origin controls were broken). The control,
 * acme-unprotected, is acme before the migration: @acme/auth not held internally, so nothing blocks its
 * upstream. The protected claim reads what the repository lists, not only what npm picked: npm prefers the
 * `latest` tag when it satisfies the range, so where `latest` stays 2.1.0 an install alone would hide a spoof.
 */
export async function step4(world: World): Promise<StepResult> {
  const registry = world.emu.publicRegistry;
  if (!registry) throw new Error('step 4 needs the embedded public registry');
  registry.publishNpm('@acme/auth', SPOOF);
  world.log(`  published @acme/auth@${SPOOF} on the public registry`);
  clearExternalMetadata(world.emu.ctx);
  const probe = { list: true } as const;
  const u = await npmProbe(
    world,
    await host(world, 'host-unprotected'),
    'spoof-unprotected',
    RANGE,
    '@acme/auth',
    {
      ...probe,
      domain: UNPROTECTED_DOMAIN,
    },
  );
  const from = mark(world.traffic);
  const p = await npmProbe(
    world,
    await host(world, 'host-spoof'),
    'spoof-protected',
    RANGE,
    '@acme/auth',
    probe,
  );
  const traffic = since(world.traffic, from);
  return {
    step: 4,
    title: 'The spoof: @acme/auth@99.0.0 on the public registry',
    builds: [],
    claims: [
      claim(
        `[${UNPROTECTED_DOMAIN}: @acme/auth not held internally, upstream open] the spoofed ${SPOOF} is listed and "^2 || ^99" installs it`,
        u.version === SPOOF && (u.listed ?? []).includes(SPOOF),
        probeLine(u),
      ),
      claim(
        '[acme: @acme/auth published internally, upstream=BLOCK] at the same moment only 2.1.0 is listed and "^2 || ^99" installs 2.1.0',
        p.version === '2.1.0' && p.listed?.join() === '2.1.0',
        probeLine(p),
      ),
    ],
    notes: [
      'same emulator, same public registry, external metadata cache cleared before the two probes',
      `protected probe: ${traffic.requests} requests, ${traffic.internal} served by internal, ${traffic.external} external`,
    ],
  };
}

export async function step5(world: World): Promise<StepResult> {
  await setExternalConnections(world, false);
  const pairs = CONNECTIONS.map((c) => `${c.externalConnection} from ${c.repository}`).join(', ');
  world.log(`  disassociated ${pairs}`);
  const claims: Claim[] = [];
  const notes = [`DisassociateExternalConnection (domain acme): ${pairs}`];
  const c = await host(world, 'host-c');
  const warm = await runBuild(world, c, 'Warm build, paused (no local cache)', {
    restore: false,
    save: false,
  });
  claims.push(buildPassed(warm), zeroExternal(warm));
  const fresh = unfetchedPublicPackage();
  const miss = await npmProbe(world, c, 'incident-new', { [fresh]: '*' }, fresh);
  claims.push(
    claim(
      `a build needing the new public package ${fresh} fails with npm's 404 for ${fresh}`,
      failedWith404For(miss, fresh),
      probeLine(miss),
    ),
  );
  const internal = await npmProbe(world, c, 'incident-internal', { '@acme/ui': '^1.4.2' }, '@acme/ui');
  claims.push(
    claim(
      'internal packages are unaffected (@acme/ui resolves)',
      internal.version === '1.4.2',
      probeLine(internal),
    ),
  );
  const refused = await setExternalConnections(world, true).then(
    () => undefined,
    (err: Error) => err.message,
  );
  notes.push(`AssociateExternalConnection: ${refused ?? 'both re-associated'}`);
  const again = await npmProbe(world, c, 'incident-resumed', { [fresh]: '*' }, fresh);
  const resumed = refused === undefined && again.r.code === 0;
  claims.push(claim(`after re-association ${fresh} installs`, resumed, refused ?? probeLine(again)));
  return {
    step: 5,
    title: 'The incident: the public registries paused, then resumed',
    builds: [warm],
    claims,
    notes,
  };
}
