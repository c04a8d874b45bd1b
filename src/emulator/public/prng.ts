/**
 * A seeded pseudo-random generator for the embedded public registry.
 *
 * The catalog must come out byte-identical on every run and every machine, so nothing here touches
 * Math.random or the clock: each package derives its own generator from a string seed, which also lets
 * packages be generated lazily in any order.
 */

/** Deterministic random source; every method advances the same underlying stream. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element, favouring the start of the list (index ~ n·u^skew): models popularity. */
  pickSkewed<T>(items: readonly T[], skew: number): T;
  /** A number spread evenly on a log scale between min and max. */
  logUniform(min: number, max: number): number;
  /** n incompressible bytes. */
  bytes(n: number): Buffer;
}

/** Hashes a string into four 32-bit words (cyrb128), the seed material for sfc32. */
function seedWords(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** Creates a generator whose whole output is a pure function of the seed string. */
export function createRng(seed: string): Rng {
  let [a, b, c, d] = seedWords(seed);
  const nextU32 = (): number => {
    // sfc32: small, fast and statistically sound enough for synthetic data.
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextU32();
  const next = (): number => nextU32() / 4294967296;
  const at = <T>(items: readonly T[], index: number): T => {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[Math.min(index, items.length - 1)] as T;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => at(items, Math.floor(next() * items.length)),
    pickSkewed: (items, skew) => at(items, Math.floor(next() ** skew * items.length)),
    logUniform: (min, max) => Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))),
    bytes: (n) => {
      const out = Buffer.alloc(Math.ceil(n / 4) * 4);
      for (let i = 0; i < out.length; i += 4) out.writeUInt32LE(nextU32(), i);
      return out.subarray(0, n);
    },
  };
}
