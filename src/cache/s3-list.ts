/**
 * Restore-key matching with GitHub's rules — the exact key, else the newest entry whose key starts with the
 * key, else with each restore key in turn — answered from one listing: restore keys are prefixes of the key
 * in practice, so listing their common prefix once finds every candidate, and a miss costs one round trip.
 */
import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { META_CREATED, type S3Layout } from './s3-layout.js';

interface Candidate {
  key: string;
  at: number;
}

/** The longest prefix every key shares. */
function commonPrefix(keys: readonly string[]): string {
  let prefix = keys[0] ?? '';
  for (const k of keys) while (!k.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** The key to restore for `key` / `restoreKeys`, found with one listing (more pages only past 1,000 entries). */
export async function findEntry(
  s3: S3Client,
  bucket: string,
  layout: S3Layout,
  key: string,
  restoreKeys: readonly string[],
  signal: AbortSignal,
): Promise<string | undefined> {
  const listed = await listManifests(s3, bucket, layout, commonPrefix([key, ...restoreKeys]), signal);
  if (listed.some((c) => c.key === key)) return key;
  for (const prefix of [key, ...restoreKeys]) {
    const matching = listed.filter((c) => c.key.startsWith(prefix));
    const newestAt = Math.max(...matching.map((c) => c.at));
    const newest = matching.filter((c) => c.at === newestAt);
    if (newest.length > 0)
      return newest.length > 1 ? breakTie(s3, bucket, layout, newest, signal) : newest[0]?.key;
  }
  return undefined;
}

/** Every manifest whose key starts with `keyPrefix`, with its LastModified. */
async function listManifests(
  s3: S3Client,
  bucket: string,
  layout: S3Layout,
  keyPrefix: string,
  signal: AbortSignal,
): Promise<Candidate[]> {
  const found: Candidate[] = [];
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
      if (key !== undefined && key.startsWith(keyPrefix))
        found.push({ key, at: object.LastModified?.getTime() ?? 0 });
    }
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return found;
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
