import type { LookupAddress } from 'node:dns';
import { cachedLookup } from '../../../src/emulator/data/external/pool.js';

// Parallel lookups of one host made the system resolver stall for 5 s here; the pool resolves each host
// once per TTL and shares the answer between concurrent connections.
function resolver(answers: Record<string, LookupAddress[]>) {
  const calls: string[] = [];
  const resolveAll = async (host: string) => {
    calls.push(host);
    await new Promise((r) => setTimeout(r, 10));
    const found = answers[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found;
  };
  return { calls, resolveAll };
}

const lookupOnce = (lookup: ReturnType<typeof cachedLookup>, host: string, options: object) =>
  new Promise<{ err: NodeJS.ErrnoException | null; address: unknown; family?: number }>((resolve) =>
    lookup(host, options, (err, address, family) => resolve({ err, address, ...(family ? { family } : {}) })),
  );

const V4 = { address: '192.0.2.7', family: 4 };
const V6 = { address: '2001:db8::7', family: 6 };

test('concurrent lookups of a host share one resolution; it is asked again after the TTL', async () => {
  let clock = 0;
  const { calls, resolveAll } = resolver({ 'registry.test': [V6, V4] });
  const lookup = cachedLookup(60_000, () => clock, resolveAll);
  const answers = await Promise.all(
    Array.from({ length: 20 }, () => lookupOnce(lookup, 'registry.test', { family: 4 })),
  );
  expect(answers.every((a) => a.address === V4.address && a.family === 4)).toBe(true);
  expect(await lookupOnce(lookup, 'registry.test', { all: true })).toMatchObject({ address: [V6, V4] });
  expect(calls).toHaveLength(1);
  clock += 60_001;
  await lookupOnce(lookup, 'registry.test', {});
  expect(calls).toHaveLength(2);
});

test('a failed lookup is reported and not remembered', async () => {
  const table: Record<string, LookupAddress[]> = {};
  const { calls, resolveAll } = resolver(table);
  const lookup = cachedLookup(60_000, Date.now, resolveAll);
  expect((await lookupOnce(lookup, 'gone.test', {})).err?.code).toBe('ENOTFOUND');
  table['gone.test'] = [V4];
  expect((await lookupOnce(lookup, 'gone.test', {})).address).toBe(V4.address);
  expect(calls).toHaveLength(2);
  expect((await lookupOnce(lookup, 'gone.test', { family: 6 })).err?.code).toBe('ENOTFOUND');
});
