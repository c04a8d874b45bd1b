import { randomBytes } from 'node:crypto';
import type {
  GetAuthorizationTokenRequest,
  GetAuthorizationTokenResult,
  GetRepositoryEndpointRequest,
  GetRepositoryEndpointResult,
} from '@aws-sdk/client-codeartifact';
import { repositoryEndpoint, type EmulatorContext } from '../../context.js';
import { validationError } from '../errors.js';
import { findDomain, findRepository, type Valid } from './common.js';

const DEFAULT_DURATION = 43_200;
const MIN_DURATION = 900;
/**
 * `duration=0` means "as long as the caller's role session". The emulator cannot see a session's expiry
 * (a SigV4 signature does not carry it), so it uses one hour: the default length of an assumed-role session.
 */
const SESSION_DURATION = 3_600;

export function getAuthorizationToken(
  input: Valid<GetAuthorizationTokenRequest>,
  ctx: EmulatorContext,
): GetAuthorizationTokenResult {
  const domain = findDomain(ctx, input);
  const duration = tokenDuration(input.durationSeconds);
  const issuedAt = ctx.now();
  const expiresAt = issuedAt + duration * 1000;
  const authorizationToken = newToken(issuedAt, expiresAt);
  ctx.store.addToken(authorizationToken, { domain: domain.name, owner: domain.owner, expiresAt });
  return { authorizationToken, expiration: new Date(expiresAt) };
}

// The model allows 0..43200; the service additionally refuses 1..899 (tokens live at least 15 minutes).
function tokenDuration(requested: number | undefined): number {
  if (requested === undefined) return DEFAULT_DURATION;
  if (requested === 0) return SESSION_DURATION;
  if (requested < MIN_DURATION) {
    throw validationError(
      `1 validation error detected: Value '${requested}' at 'durationSeconds' failed to satisfy constraint: ` +
        `Member must be 0 or have value greater than or equal to ${MIN_DURATION}`,
    );
  }
  return requested;
}

/**
 * An opaque bearer token shaped like the service's (a ~1 KB JWE in compact form): clients must treat it as
 * an opaque string, and a realistic length catches code that truncates or logs it.
 */
function newToken(issuedAt: number, expiresAt: number): string {
  const header = {
    ver: 1,
    isu: Math.floor(issuedAt / 1000),
    enc: 'A128GCM',
    tag: randomBytes(16).toString('base64url'),
    exp: Math.floor(expiresAt / 1000),
    alg: 'A128GCMKW',
    iv: randomBytes(12).toString('base64url'),
  };
  const parts = [
    Buffer.from(JSON.stringify(header)),
    randomBytes(24),
    randomBytes(12),
    randomBytes(640),
    randomBytes(16),
  ];
  return parts.map((p) => p.toString('base64url')).join('.');
}

export function getRepositoryEndpoint(
  input: Valid<GetRepositoryEndpointRequest>,
  ctx: EmulatorContext,
): GetRepositoryEndpointResult {
  // A repository has one endpoint per format (the API Reference lists all eight); the emulator's data plane
  // answers only npm and pypi, so the others are addresses that 404.
  const { domain, repo } = findRepository(ctx, input);
  // endpointType (ipv4 | dualstack) selects a host name on AWS; the emulator has one address for both.
  return { repositoryEndpoint: repositoryEndpoint(ctx, input.format, domain.name, domain.owner, repo.name) };
}
