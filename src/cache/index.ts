import { join } from 'node:path';
import type { CacheConfig } from '../core/cache-config.js';
import type { Platform } from '../platform/types.js';
import { LocalStore } from './local.js';
import type { CacheStore } from './types.js';

/** The local backend's directory when `local-cache-dir` is not given. */
export const defaultLocalCacheDir = (homeDir: string): string =>
  join(homeDir, '.cache', 'codeartifact-cache');

/**
 * The store `config.backend` names, or undefined for `none`. The s3 and github backends are imported
 * when chosen, so a build that uses one never loads the other's SDK.
 */
export async function createStore(config: CacheConfig, platform: Platform): Promise<CacheStore | undefined> {
  switch (config.backend) {
    case 'none':
      return undefined;
    case 'local':
      return new LocalStore(config.localCacheDir ?? defaultLocalCacheDir(platform.homeDir));
    case 's3': {
      const { createS3Store } = await import('./s3.js');
      const endpoint = platform.env.AWS_ENDPOINT_URL_S3;
      const region = platform.env.AWS_REGION ?? platform.env.AWS_DEFAULT_REGION;
      return createS3Store({
        bucket: config.s3Bucket ?? '',
        prefix: config.s3Prefix,
        ...(config.s3KmsKeyId === undefined ? {} : { kmsKeyId: config.s3KmsKeyId }),
        ...(endpoint ? { endpoint } : {}),
        ...(region ? { region } : {}),
      });
    }
    case 'github': {
      // @actions/cache needs the runner's cache service, which only GitHub-hosted jobs are given.
      if (!platform.env.ACTIONS_RUNTIME_TOKEN || !platform.env.ACTIONS_RESULTS_URL) {
        throw new Error(
          "GitHub's cache service is not available here (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL): " +
            'use cache-backend s3 or local, or cache: false',
        );
      }
      const { createGitHubStore } = await import('./github.js');
      return createGitHubStore();
    }
  }
}

export type { CacheStore } from './types.js';
