import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { errorStatus } from './model.js';

export type ResourceType =
  'domain' | 'repository' | 'package' | 'package-version' | 'asset' | 'package-group';

/**
 * An error the service returns on purpose: status, `x-amzn-ErrorType` and a JSON body. Clients read the
 * header first (the JS SDK and botocore both do), so the code is what they turn into a typed exception.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: Record<string, unknown> = {},
    readonly status = errorStatus(code) ?? 400,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = code;
  }
}

export type ValidationReason = 'CANNOT_PARSE' | 'FIELD_VALIDATION_FAILED' | 'UNKNOWN_OPERATION' | 'OTHER';

export function validationError(
  message: string,
  reason: ValidationReason = 'FIELD_VALIDATION_FAILED',
): ServiceError {
  return new ServiceError('ValidationException', message, { reason });
}

// The model's ResourceType enum has no 'package-group'; the service still names one in messages, so it
// goes in the message and the field is left out rather than sending a value clients cannot parse.
function resourceFields(resourceType: ResourceType, resourceId: string): Record<string, unknown> {
  return resourceType === 'package-group' ? { resourceId } : { resourceId, resourceType };
}

export function notFound(message: string, resourceType: ResourceType, resourceId: string): ServiceError {
  return new ServiceError('ResourceNotFoundException', message, resourceFields(resourceType, resourceId));
}

export function conflict(message: string, resourceType: ResourceType, resourceId: string): ServiceError {
  return new ServiceError('ConflictException', message, resourceFields(resourceType, resourceId));
}

export function quotaExceeded(message: string, resourceType: ResourceType, resourceId: string): ServiceError {
  return new ServiceError('ServiceQuotaExceededException', message, resourceFields(resourceType, resourceId));
}

/** Send a JSON document the way the service does (restJson1). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID(),
    ...headers,
  });
  res.end(text);
}

/** Send a blob payload (GetPackageVersionAsset) with the members the model puts in headers. */
export function sendBytes(res: ServerResponse, body: Buffer, headers: Record<string, string>): void {
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': body.length,
    'x-amzn-RequestId': randomUUID(),
    ...headers,
  });
  res.end(body);
}

export function sendError(res: ServerResponse, err: ServiceError): void {
  sendJson(
    res,
    err.status,
    { message: err.message, ...err.fields },
    { 'x-amzn-ErrorType': err.code, ...err.headers },
  );
}
