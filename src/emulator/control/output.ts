import { shape } from './model.js';

/** A handler's result ready for the wire: JSON body members plus members the model puts in headers. */
export interface WireOutput {
  body: Record<string, unknown>;
  headers: Record<string, string>;
  /** The raw body when the model makes a blob member the payload (GetPackageVersionAsset). */
  raw?: Buffer;
}

/**
 * Serialize a result per its model shape: timestamps become epoch seconds, `location: header` members
 * become headers, members the model does not declare and undefined values are dropped.
 */
export function serializeOutput(shapeName: string | undefined, result: Record<string, unknown>): WireOutput {
  const out: WireOutput = { body: {}, headers: {} };
  if (!shapeName) return out;
  const outputShape = shape(shapeName);
  for (const [name, ref] of Object.entries(outputShape.members ?? {})) {
    const value = result[name];
    if (value === undefined || value === null) continue;
    if (outputShape.payload === name && shape(ref.shape).type === 'blob') out.raw = value as Buffer;
    else if (ref.location === 'header')
      out.headers[ref.locationName ?? name] = String(toWire(value, ref.shape));
    else out.body[name] = toWire(value, ref.shape);
  }
  return out;
}

function toWire(value: unknown, shapeName: string): unknown {
  const target = shape(shapeName);
  switch (target.type) {
    case 'timestamp':
      return value instanceof Date ? value.getTime() / 1000 : value;
    case 'list':
      return (value as unknown[]).map((item) => toWire(item, target.member?.shape ?? 'String'));
    case 'map':
      return mapValues(value as Record<string, unknown>, (item) =>
        toWire(item, target.value?.shape ?? 'String'),
      );
    case 'structure':
      return structure(value as Record<string, unknown>, target.members ?? {});
    default:
      return value;
  }
}

function structure(value: Record<string, unknown>, members: Record<string, { shape: string }>) {
  const out: Record<string, unknown> = {};
  for (const [name, ref] of Object.entries(members)) {
    const item = value[name];
    if (item !== undefined && item !== null) out[name] = toWire(item, ref.shape);
  }
  return out;
}

function mapValues(value: Record<string, unknown>, fn: (item: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fn(v)]));
}
