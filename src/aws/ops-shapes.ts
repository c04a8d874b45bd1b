import type { PackageGroupDescription } from '@aws-sdk/client-codeartifact';
import { awsError } from './errors.js';
import type { PackageCoords, PackageGroupInfo } from './ops-types.js';

/** Coordinates from a ListPackages item; undefined when the answer lacks a format or name. */
export function packageCoords(
  format: string | undefined,
  namespace: string | undefined,
  name: string | undefined,
): PackageCoords | undefined {
  if (!format || !name) return undefined;
  return { format, name, ...(namespace ? { namespace } : {}) };
}

/** A package group description reduced to its pattern and modes per restriction type. */
export function groupInfo(
  group: PackageGroupDescription | undefined,
  fallbackPattern: string,
): PackageGroupInfo {
  const restrictions: Record<string, { mode?: string; effectiveMode?: string }> = {};
  for (const [type, r] of Object.entries(group?.originConfiguration?.restrictions ?? {})) {
    restrictions[type] = {
      ...(r.mode ? { mode: r.mode } : {}),
      ...(r.effectiveMode ? { effectiveMode: r.effectiveMode } : {}),
    };
  }
  return { pattern: group?.pattern ?? fallbackPattern, restrictions };
}

const REFUSED =
  'AWS refused the credentials: check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or the profile) and the clock.';

/** What to check, by error code, for a call needing IAM action `action`. */
function hints(action: string): Record<string, string> {
  return {
    // Not a pointer to `policy`: it renders the build's documents, not an operator's.
    AccessDeniedException: `The caller needs the IAM permission codeartifact:${action}.`,
    ResourceNotFoundException: 'Check --domain, --repository, --domain-owner and --region.',
    InvalidSignatureException: REFUSED,
    UnrecognizedClientException: REFUSED,
  };
}

/**
 * The error with only the first line of its message: a refused signature comes back with the whole
 * canonical request, which would bury the one line that matters. The original stays as `cause`.
 */
function firstLine(error: unknown): unknown {
  if (!(error instanceof Error) || !error.message.includes('\n')) return error;
  const short = new Error(error.message.split('\n')[0], { cause: error });
  short.name = error.name;
  return short;
}

/** Runs one call; failures become one line saying what was being done, what AWS said, what to check. */
export async function call<T>(action: string, doing: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw awsError(`Could not ${doing}`, firstLine(error), hints(action));
  }
}
