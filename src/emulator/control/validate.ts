import { shape, type Shape } from './model.js';

/** One failed constraint; 'parse' problems (wrong JSON type) are reported as CANNOT_PARSE. */
export interface Problem {
  kind: 'parse' | 'constraint';
  text: string;
}

/** AWS's wording: "2 validation errors detected: Value 'x' at 'a' failed to satisfy constraint: ...; ...". */
export function formatProblems(problems: Problem[]): string {
  const count = problems.length;
  return `${count} validation error${count === 1 ? '' : 's'} detected: ${problems.map((p) => p.text).join('; ')}`;
}

/**
 * Check a value against a model shape, recording every failed constraint (AWS lists them all), and
 * return a copy holding only the members the model declares.
 */
export function checkValue(value: unknown, shapeName: string, path: string, problems: Problem[]): unknown {
  const target = shape(shapeName);
  const fail = (constraint: string) =>
    problems.push({ kind: 'constraint', text: failure(value, path, constraint) });
  const wrongType = (expected: string) => {
    problems.push({ kind: 'parse', text: `Could not parse the request: '${path}' must be ${expected}.` });
    return undefined;
  };
  switch (target.type) {
    case 'structure':
      return isObject(value) ? checkStructure(value, target, path, problems) : wrongType('an object');
    case 'map':
      return isObject(value) ? checkMap(value, target, path, problems, fail) : wrongType('an object');
    case 'list':
      return Array.isArray(value) ? checkList(value, target, path, problems, fail) : wrongType('a list');
    case 'string':
      if (typeof value !== 'string') return wrongType('a string');
      checkString(value, target, fail);
      return value;
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value)) return wrongType('an integer');
      checkRange(value, target, 'value', fail);
      return value;
    case 'boolean':
      return typeof value === 'boolean' ? value : wrongType('a boolean');
    case 'timestamp':
      return typeof value === 'number' ? value : wrongType('a number of epoch seconds');
    case 'blob':
      return value;
  }
}

function checkStructure(value: Record<string, unknown>, target: Shape, path: string, problems: Problem[]) {
  const out: Record<string, unknown> = {};
  for (const [name, ref] of Object.entries(target.members ?? {})) {
    const memberPath = path ? `${path}.${name}` : name;
    const member = value[name];
    if (member === undefined || member === null) {
      if (target.required?.includes(name)) {
        problems.push({ kind: 'constraint', text: failure(null, memberPath, 'Member must not be null') });
      }
      continue;
    }
    out[name] = checkValue(member, ref.shape, memberPath, problems);
  }
  return out;
}

function checkList(
  value: unknown[],
  target: Shape,
  path: string,
  problems: Problem[],
  fail: (c: string) => void,
) {
  checkRange(value.length, target, 'length', fail);
  const member = target.member?.shape ?? 'String';
  return value.map((item, i) => checkValue(item, member, `${path}.${i + 1}.member`, problems));
}

function checkMap(
  value: Record<string, unknown>,
  target: Shape,
  path: string,
  problems: Problem[],
  fail: (c: string) => void,
) {
  const entries = Object.entries(value);
  checkRange(entries.length, target, 'length', fail);
  const out: Record<string, unknown> = {};
  for (const [key, item] of entries) {
    const keyProblems: Problem[] = [];
    checkValue(key, target.key?.shape ?? 'String', path, keyProblems);
    if (keyProblems.length > 0) {
      const reasons = keyProblems.map((p) => p.text.replace(/^.*failed to satisfy constraint: /, ''));
      fail(`Map keys must satisfy constraint: [${reasons.join(', ')}]`);
    }
    out[key] = checkValue(item, target.value?.shape ?? 'String', `${path}.${key}.member`, problems);
  }
  return out;
}

function checkString(value: string, target: Shape, fail: (c: string) => void): void {
  if (target.enum && !target.enum.includes(value)) {
    fail(`Member must satisfy enum value set: [${target.enum.join(', ')}]`);
  }
  checkRange(value.length, target, 'length', fail);
  if (target.pattern && !compile(target.pattern).test(value)) {
    fail(`Member must satisfy regular expression pattern: ${target.pattern}`);
  }
}

function checkRange(n: number, target: Shape, what: 'value' | 'length', fail: (c: string) => void): void {
  if (target.min !== undefined && n < target.min)
    fail(`Member must have ${what} greater than or equal to ${target.min}`);
  if (target.max !== undefined && n > target.max)
    fail(`Member must have ${what} less than or equal to ${target.max}`);
}

function failure(value: unknown, path: string, constraint: string): string {
  return `Value ${render(value)} at '${path}' failed to satisfy constraint: ${constraint}`;
}

function render(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  return `'${typeof value === 'object' ? JSON.stringify(value) : String(value)}'`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const compiled = new Map<string, RegExp>();

// The model's patterns are Java regular expressions that must match the whole value. JavaScript's
// `u` flag understands \p{C} / \P{C}; Java's \p{IsWhitespace} is spelled \p{White_Space}.
function compile(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`^(?:${pattern.replaceAll('\\p{IsWhitespace}', '\\p{White_Space}')})$`, 'u');
    compiled.set(pattern, re);
  }
  return re;
}
