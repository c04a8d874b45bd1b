/**
 * Vocabulary for the synthetic public registry: package names, descriptions, identifiers and prose.
 *
 * Names are made-up combinations; none of them is meant to match a real package, and the scope list
 * deliberately leaves out the private scope (`@acme`) that tests use to model dependency confusion.
 */
import type { Rng } from './prng.js';

const words = (list: string): string[] => list.trim().split(/\s+/);

export const NAME_HEADS: readonly string[] = words(`
  amber arrow aspen atlas azure basil beacon birch bolt brisk cedar cinder clover cobalt comet coral
  crisp delta drift ember fable fern flint frost gale garnet glint harbor hazel indigo iris jade
  juniper kelp kite lark lumen maple marble meadow mint nimbus nova oak onyx opal orbit pebble pine
  pixel plume quartz quill raven reef ripple rowan sable sage slate sparrow spruce swift thistle
  tidal topaz velvet willow wren zephyr
`);

export const NAME_TAILS: readonly string[] = words(`
  args cache chalk clone color config cookie date debounce diff emitter env fetch format glob hash
  http inflate json lexer lint log map merge mime parse path pipe pool queue retry router schema
  semver signal slug sort stream string table template test throttle tokens trace tree uuid validate
  watch yaml ws
`);

export const NAME_EXTRAS: readonly string[] = words('core utils lite plus kit js tools runtime');
/** Names of the few heavyweight packages hint at why they are big. */
export const LARGE_TAILS: readonly string[] = words('wasm icons locales fonts dataset binary');
export const SCOPES: readonly string[] = words('fmt lumen tessel corvid quarry');

export const VERBS: readonly string[] = words(`
  parse format merge validate normalize resolve compose watch cache stream encode decode compare sort
  transform serialize render collect schedule measure split flatten index inspect quote retry wrap
  patch hydrate emit
`);

export const NOUNS: readonly string[] = words(`
  tokens options buffers paths records frames headers entries chunks nodes events ranges values keys
  strings rows schemas payloads segments handles streams cookies dates colors globs queues signals
  templates columns spans
`);

export const ADJECTIVES: readonly string[] = words(`
  small fast tiny strict lazy safe simple minimal robust portable typed streaming immutable pluggable
  predictable isomorphic lightweight cached sorted
`);

const FILLER: readonly string[] = words(`
  the a each every any when unless so before after with without into from over under returns keeps
  drops reuses checks caller input result order length limit state error default value copy reference
`);

/** Upper-cases the first letter. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A camelCase identifier such as `parseTokens`; never a reserved word. */
export function identifier(rng: Rng): string {
  return rng.pick(VERBS) + capitalize(rng.pick(NOUNS));
}

/** A JS identifier derived from a package name (`@fmt/quill-parse` → `fmtQuillParse`). */
export function identifierFromName(name: string): string {
  const parts = name
    .replace(/^@/, '')
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean);
  const joined = parts.map((p, i) => (i === 0 ? p : capitalize(p))).join('');
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

/** A plain sentence of `count` words, capitalized and ending with a full stop. */
export function sentence(rng: Rng, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const bag = i % 3 === 0 ? VERBS : i % 3 === 1 ? NOUNS : FILLER;
    out.push(rng.chance(0.2) ? rng.pick(ADJECTIVES) : rng.pick(bag));
  }
  return `${capitalize(out.join(' '))}.`;
}

/** A one-line package description, in the tone of a typical registry entry. */
export function description(rng: Rng, tail: string): string {
  const adjective = capitalize(rng.pick(ADJECTIVES));
  return `${adjective} ${tail} helpers: ${rng.pick(VERBS)} ${rng.pick(NOUNS)} and ${rng.pick(NOUNS)}.`;
}
