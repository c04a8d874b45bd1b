/** Restore-key matching: the newest entry whose key starts with a prefix (GitHub's rule). */
import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { META_CREATED, type S3Layout } from './s3-layout.js';

interface Candidate {
  key: string;
  at: number;
}

/** The key of the most recently written manifest whose key starts with `keyPrefix`, if any. */
export async function findNewest(
  s3: S3Client,
  bucket: string,
  layout: S3Layout,
  keyPrefix: string,
  signal: AbortSignal,
): Promise<string | undefined> {
  let newest: Candidate[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({
        Bucket: bucket,
        Prefix: layout.listPrefix(keyPrefix),
        ...(token === undefined ? {} : { ContinuationToken: token }),
      }),
      { abortSignal: signal },
    );
    for (const object of page.Contents ?? []) {
      const key = object.Key === undefined ? undefined : layout.keyOfManifest(object.Key);
      const at = object.LastModified?.getTime() ?? 0;
      if (key === undefined || !key.startsWith(keyPrefix)) continue;
      if (newest.length === 0 || at > (newest[0]?.at ?? 0)) newest = [{ key, at }];
      else if (at === newest[0]?.at) newest.push({ key, at });
    }
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return newest.length > 1 ? breakTie(s3, bucket, layout, newest, signal) : newest[0]?.key;
}

/** LastModified has one-second resolution: entries saved within one second are ordered by createdAt. */
async function breakTie(
  s3: S3Client,
  bucket: string,
  layout: S3Layout,
  tied: Candidate[],
  signal: AbortSignal,
) {
  const stamped = await Promise.all(
    tied.map(async ({ key }) => {
      const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: layout.manifest(key) }), {
        abortSignal: signal,
      });
      return { key, createdAt: head.Metadata?.[META_CREATED] ?? '' };
    }),
  );
  stamped.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.key.localeCompare(a.key));
  return stamped[0]?.key;
}
