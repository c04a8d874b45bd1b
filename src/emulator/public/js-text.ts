/**
 * Generates plausible, syntactically valid CommonJS source text for synthetic packages.
 *
 * Real package code compresses about 3–5× under gzip; this text is built from varied templates with
 * random identifiers, literals and comments so tarballs compress in that range rather than collapsing
 * to nothing, which matters for cache and transfer measurements.
 */
import type { Rng } from './prng.js';
import { capitalize, identifier, NOUNS, sentence, VERBS } from './words.js';

type Template = (rng: Rng, name: string) => string;

const doc = (rng: Rng, params: string[]): string =>
  [
    '/**',
    ` * ${sentence(rng, rng.int(6, 16))}`,
    ...params.map(
      (p) =>
        ` * @param {${rng.pick(['string', 'object', 'number', 'Array<string>', 'Buffer'])}} ${p} ${sentence(rng, rng.int(3, 8))}`,
    ),
    ` * @returns {${rng.pick(['string', 'object', 'boolean', 'Promise<void>', 'number'])}} ${sentence(rng, rng.int(2, 6))}`,
    ` * @since ${rng.int(0, 4)}.${rng.int(0, 12)}.0`,
    ' */',
  ].join('\n');

const literal = (rng: Rng): string =>
  rng.pick([
    () => String(rng.int(0, 65535)),
    () => `'${rng.pick(VERBS)}-${rng.pick(NOUNS)}-${rng.int(0, 999).toString(36)}'`,
    () => `0x${rng.int(0, 0xffffff).toString(16)}`,
    () => (rng.chance(0.5) ? 'true' : 'null'),
  ])();

const loopFn: Template = (rng, name) => {
  const [input, acc, step] = [rng.pick(NOUNS), `${rng.pick(NOUNS)}Out`, `${name}Step`];
  return `${doc(rng, [input, 'settings'])}
function ${name}(${input}, settings = {}) {
  if (${input} == null) {
    throw new TypeError('${name}: expected ${rng.pick(NOUNS)}, got ' + typeof ${input});
  }
  const ${acc} = [];
  for (let i = 0; i < ${input}.length; i += ${rng.int(1, 4)}) {
    const item = ${input}[i];
    if (settings.${rng.pick(VERBS)} && item === ${literal(rng)}) continue;
    ${acc}.push(settings.${rng.pick(NOUNS)} ? ${step}(item, ${rng.int(2, 64)}) : String(item).slice(${rng.int(0, 8)}));
  }
  return ${acc}.length > ${rng.int(0, 9)} ? ${acc} : ${acc}.concat(${literal(rng)});
}
function ${step}(value, width) {
  return typeof value === 'string' ? value.padStart(width, '${rng.pick(['0', ' ', '-', '.'])}') : value;
}`;
};

const classFn: Template = (rng, name) => {
  const cls = capitalize(name);
  const field = rng.pick(NOUNS);
  return `${doc(rng, ['init'])}
class ${cls} {
  constructor(init = {}) {
    this.${field} = new Map();
    this.limit = init.limit ?? ${rng.int(8, 4096)};
    this.label = init.label || ${literal(rng)};
  }
  ${identifier(rng)}(key, value) {
    if (this.${field}.size >= this.limit) this.${field}.delete(this.${field}.keys().next().value);
    this.${field}.set(key, { value, at: ${rng.int(0, 1000)} + this.${field}.size });
    return this;
  }
  ${identifier(rng)}(key) {
    const hit = this.${field}.get(key);
    return hit === undefined ? ${literal(rng)} : hit.value;
  }
}
function ${name}(init) {
  return new ${cls}(init);
}`;
};

const tableFn: Template = (rng, name) => {
  const rows = Array.from(
    { length: rng.int(4, 14) },
    () => `  ${rng.pick(VERBS)}${capitalize(rng.pick(NOUNS))}${rng.int(0, 99)}: ${literal(rng)},`,
  );
  return `// ${sentence(rng, rng.int(8, 18))}
const ${name.toUpperCase()}_TABLE = Object.freeze({
${rows.join('\n')}
});
function ${name}(key) {
  return Object.prototype.hasOwnProperty.call(${name.toUpperCase()}_TABLE, key) ? ${name.toUpperCase()}_TABLE[key] : ${literal(rng)};
}`;
};

const asyncFn: Template = (rng, name) => `${doc(rng, ['task', 'attempts'])}
async function ${name}(task, attempts = ${rng.int(2, 7)}) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      lastError = error;
      // ${sentence(rng, rng.int(5, 12))}
      await new Promise((resolve) => setTimeout(resolve, ${rng.int(5, 250)} * 2 ** attempt));
    }
  }
  throw new Error('${name} gave up after ' + attempts + ' attempts: ' + (lastError && lastError.message));
}`;

const switchFn: Template = (rng, name) => {
  const cases = Array.from(
    { length: rng.int(3, 8) },
    () => `    case '${rng.pick(VERBS)}${rng.int(0, 99)}':\n      return ${literal(rng)};`,
  );
  return `${doc(rng, ['kind'])}
function ${name}(kind) {
  switch (String(kind).toLowerCase()) {
${cases.join('\n')}
    default:
      return ${literal(rng)};
  }
}`;
};

const TEMPLATES: readonly Template[] = [loopFn, classFn, tableFn, asyncFn, switchFn];

/** A CommonJS module of about `bytes` characters exporting its generated functions. */
export function jsModule(rng: Rng, bytes: number, header: string): string {
  const parts = [`'use strict';\n${header}`];
  const names = new Set<string>();
  let size = parts[0]?.length ?? 0;
  while (size < bytes) {
    let name = identifier(rng);
    while (names.has(name)) name = `${identifier(rng)}${rng.int(2, 999)}`;
    names.add(name);
    const text = rng.pick(TEMPLATES)(rng, name);
    parts.push(text);
    size += text.length + 2;
  }
  parts.push(`module.exports = { ${[...names].join(', ')} };\n`);
  return parts.join('\n\n');
}
