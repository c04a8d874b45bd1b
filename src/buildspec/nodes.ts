import { type Document, isMap, isScalar, isSeq, type Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** Where top-level keys and phases go when the merge adds them, so the result reads like a buildspec. */
export const TOP_ORDER = [
  'version',
  'run-as',
  'env',
  'proxy',
  'batch',
  'phases',
  'reports',
  'artifacts',
  'cache',
];
export const PHASE_ORDER = ['install', 'pre_build', 'build', 'post_build'];

/** The map under `key`, or undefined when absent; anything else there is a problem worth stopping for. */
export function mapAt(map: YAMLMap, key: string, where: string): YAMLMap | undefined {
  const node = map.get(key, true);
  if (node === undefined || node === null || (isScalar(node) && node.value === null)) return undefined;
  if (!isMap(node)) throw new BuildspecError(`${where} must be a mapping`);
  return node;
}

/** The sequence under `key`, or undefined when absent. */
export function seqAt(map: YAMLMap, key: string, where: string): YAMLSeq | undefined {
  const node = map.get(key, true);
  if (node === undefined || node === null || (isScalar(node) && node.value === null)) return undefined;
  if (!isSeq(node)) throw new BuildspecError(`${where} must be a list`);
  return node;
}

/** The plain value of a scalar node, as text (`0.2`, `yes` and `true` keep their spelling). */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  return node.source ?? String(node.value);
}

/** The texts of a sequence's items (commands, paths, keys). */
export const itemTexts = (seq: YAMLSeq | undefined): string[] =>
  (seq?.items ?? []).map((item) => scalarText(item) ?? String(item));

/** Sets `key` in `map`, placing a new key after those that precede it in `order`. */
export function setOrdered(map: YAMLMap, key: string, value: Node, order: readonly string[]): void {
  if (map.has(key)) {
    map.set(key, value);
    return;
  }
  const rank = order.indexOf(key);
  const pair = new Pair(new Scalar(key), value);
  const at = map.items.findIndex((item) => order.indexOf(String(scalarText(item.key))) > rank);
  if (rank < 0 || at < 0) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}

/** The document's top-level map, created when the file is empty. */
export function rootMap(doc: Document, file: string): YAMLMap {
  if (doc.contents === null) doc.contents = new YAMLMap() as never;
  if (!isMap(doc.contents))
    throw new BuildspecError(`${file} is not a buildspec (its top level is not a mapping)`);
  return doc.contents;
}

/** A buildspec that cannot be merged as it is: one line, exit 2, nothing written. */
export class BuildspecError extends Error {}

/** A copy of a fragment's node for the user's document (comments travel with it). */
export const copy = <T extends Node>(node: T): T => node.clone() as T;

export { YAMLMap, YAMLSeq };
