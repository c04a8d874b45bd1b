/**
 * The CodeArtifact control plane (`/v1/*`): SigV4 check, then model-driven routing, input validation and
 * output serialization around one small handler per operation (ops/). Errors go out the way the service
 * sends them — status, `x-amzn-ErrorType`, JSON `{message, ...}` — so unmodified SDKs and the AWS CLI raise
 * their usual typed exceptions.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorContext } from '../context.js';
import { sendBytes, sendError, sendJson, ServiceError } from './errors.js';
import { parseInput } from './input.js';
import {
  BodyTooLarge,
  closeAfterAnswer,
  CONTROL_PLANE_MAX_BODY,
  DATA_PLANE_MAX_BODY,
  readBoundedBody,
} from '../body.js';
import { findOperation, shape, SIGNING_NAME } from './model.js';
import { HANDLERS } from './ops/index.js';
import { serializeOutput } from './output.js';
import { verifySignature } from './sigv4.js';

/** Handle one control-plane request (server.ts routes every `/v1/*` path here). */
export async function handleControlPlane(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: EmulatorContext,
  url: URL,
): Promise<void> {
  const method = req.method ?? 'GET';
  try {
    // Bounded before the signature is checked: an unsigned 1.5 GiB POST is refused from its headers.
    const body = await readBoundedBody(req, bodyLimit(method, url.pathname));
    const [path, query = ''] = splitTarget(req.url ?? '/');
    verifySignature(
      { method, path, query, rawHeaders: req.rawHeaders, body },
      { service: SIGNING_NAME, credentials: ctx.credentials, now: () => ctx.now() },
    );
    const op = findOperation(method, url.pathname);
    if (!op) {
      throw new ServiceError(
        'UnknownOperationException',
        `Unknown operation: ${method} ${url.pathname}`,
        {},
        404,
      );
    }
    const input = parseInput(op, { query: url.searchParams, headers: req.headers, body });
    const handler = HANDLERS[op.name] as ((input: unknown, ctx: EmulatorContext) => object) | undefined;
    if (!handler) {
      throw new ServiceError(
        'NotImplementedException',
        `The CodeArtifact emulator does not implement ${op.name}.`,
        {},
        501,
      );
    }
    const result = await handler(input, ctx);
    const wire = serializeOutput(op.output?.shape, result as Record<string, unknown>);
    if (wire.raw) sendBytes(res, wire.raw, wire.headers);
    else sendJson(res, 200, wire.body, wire.headers);
  } catch (err) {
    if (err instanceof BodyTooLarge) {
      closeAfterAnswer(req, res);
      return sendError(res, new ServiceError('RequestEntityTooLargeException', err.message, {}, 413));
    }
    if (!(err instanceof ServiceError)) throw err;
    sendError(res, err);
  }
}

/** Operations whose payload is a blob (an asset upload) may send as much as the data plane; JSON far less. */
function bodyLimit(method: string, pathname: string): number {
  const input = findOperation(method, pathname)?.input;
  const inputShape = input === undefined ? undefined : shape(input.shape);
  const payload = inputShape?.payload === undefined ? undefined : inputShape.members?.[inputShape.payload];
  return payload && shape(payload.shape).type === 'blob' ? DATA_PLANE_MAX_BODY : CONTROL_PLANE_MAX_BODY;
}

// The signature covers the path and query exactly as sent, so they are taken from the raw request target.
function splitTarget(target: string): [string, string?] {
  const q = target.indexOf('?');
  return q < 0 ? [target] : [target.slice(0, q), target.slice(q + 1)];
}
