/**
 * The CodeArtifact service model (botocore's `service-2.json`, documentation stripped by
 * scripts/trim-codeartifact-model.py). Routing, input validation and output serialization all read it,
 * so the emulator accepts and returns exactly what the real API declares.
 */
import model from './model.json' with { type: 'json' };

export type Location = 'querystring' | 'header';

export interface MemberRef {
  shape: string;
  location?: Location;
  locationName?: string;
}

export interface Shape {
  type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'boolean' | 'timestamp' | 'blob';
  required?: string[];
  members?: Record<string, MemberRef>;
  member?: MemberRef;
  key?: MemberRef;
  value?: MemberRef;
  pattern?: string;
  min?: number;
  max?: number;
  enum?: string[];
  error?: { httpStatusCode: number };
  payload?: string;
}

export interface Operation {
  name: string;
  http: { method: string; requestUri: string };
  input?: { shape: string };
  output?: { shape: string };
  errors?: string[];
}

interface ServiceModel {
  metadata: { signingName: string; apiVersion: string };
  operations: Record<string, Omit<Operation, 'name'>>;
  shapes: Record<string, Shape>;
}

const service = model as unknown as ServiceModel;

/** The signing name SigV4 credential scopes must carry. */
export const SIGNING_NAME = service.metadata.signingName;

export function shape(name: string): Shape {
  const found = service.shapes[name];
  if (!found) throw new Error(`The CodeArtifact model has no shape ${name}`);
  return found;
}

// Every CodeArtifact URI is a fixed path (identifiers travel in the query string), so a map suffices.
const routes = new Map<string, Operation>(
  Object.entries(service.operations).map(([name, op]) => [
    routeKey(op.http.method, op.http.requestUri),
    { name, ...op },
  ]),
);

function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

/** The operation a request addresses, or undefined for a path or method the API does not have. */
export function findOperation(method: string, path: string): Operation | undefined {
  return routes.get(routeKey(method, path));
}

/** HTTP status the model declares for an error shape (e.g. ConflictException → 409). */
export function errorStatus(code: string): number | undefined {
  return service.shapes[code]?.error?.httpStatusCode;
}
