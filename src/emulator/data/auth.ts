import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorContext } from '../context.js';
import type { DomainRecord } from '../types.js';

/**
 * The token a client presented, in either form the service accepts on every format: `Bearer <token>`
 * (what npm sends for `_authToken`) or HTTP Basic with the user name `aws` (what pip and twine send).
 */
export function presentedToken(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.authorization;
  if (!header) return undefined;
  const [scheme = '', value = ''] = header.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme)) return value || undefined;
  if (!/^basic$/i.test(scheme)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0 || decoded.slice(0, colon) !== 'aws') return undefined;
  return decoded.slice(colon + 1) || undefined;
}

/** Why a request may not read or write the domain, or undefined when its token is good for it. */
export function authProblem(
  ctx: EmulatorContext,
  headers: IncomingHttpHeaders,
  domain: DomainRecord,
): string | undefined {
  const token = presentedToken(headers);
  if (!token) return 'Authentication required: send a CodeArtifact authorization token';
  const record = ctx.store.token(token, ctx.now());
  if (!record) return 'The authorization token is unknown or has expired';
  if (record.domain !== domain.name || record.owner !== domain.owner) {
    return `The authorization token is not valid for domain ${domain.name} (owner ${domain.owner})`;
  }
  return undefined;
}
