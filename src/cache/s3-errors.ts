/** S3 errors turned into messages a build log reader can act on. */
import { S3ServiceException } from '@aws-sdk/client-s3';

export function isStatus(error: unknown, status: number): boolean {
  return error instanceof S3ServiceException && error.$metadata.httpStatusCode === status;
}

export async function withContext<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`S3 cache: could not ${what}: ${describe(error)}`, { cause: error });
  }
}

/** HEAD answers carry no error body, so the status alone has to explain itself. */
const STATUS_HINTS: Record<number, string> = {
  403: 'access denied: the credentials need s3:GetObject, s3:PutObject, s3:DeleteObject and s3:ListBucket here',
  404: 'no such bucket',
};

function describe(error: unknown): string {
  if (error instanceof S3ServiceException) {
    const status = error.$metadata.httpStatusCode ?? 0;
    const hint = STATUS_HINTS[status];
    return `${error.name} (HTTP ${status}): ${error.message}${hint === undefined ? '' : ` (${hint})`}`;
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
