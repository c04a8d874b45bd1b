import { join } from 'node:path';
import type { ClientOptions } from '../aws/types.js';
import type { CacheConfig } from '../core/cache-config.js';
import type { RunEnvironment } from '../core/run-env.js';
import { LocalStore } from './local.js';
import type { CacheStore } from './types.js';

/** The local backend's directory when `local-cache-dir` is not given. */
export const defaultLocalCacheDir = (homeDir: string): string =>
  join(homeDir, '.cache', 'codeartifact-cache');

/** What a store is built from besides the config: values the platform read, and the run's AWS session. */
export interface StoreContext {
  readonly homeDir: string;
  readonly runEnv: RunEnvironment;
  /** The run's region, identity and proxy (run/session.ts); asked for by the s3 backend only. */
  awsOptions(): Promise<ClientOptions>;
}

/**
 * The store `config.backend` names, or undefined for `none`. The s3 and github backends are imported
 * when chosen, so a build that uses one never loads the other's SDK.
 */
export async function createStore(
  config: CacheConfig,
  context: StoreContext,
): Promise<CacheStore | undefined> {
  switch (config.backend) {
    case 'none':
      return undefined;
    case 'local':
      return new LocalStore(config.localCacheDir ?? defaultLocalCacheDir(context.homeDir));
    case 's3': {
      const { createS3Store } = await import('./s3.js');
      const endpoint = context.runEnv.aws.s3Endpoint;
      return createS3Store({
        bucket: config.s3Bucket ?? '',
        prefix: config.s3Prefix,
        ...(config.s3KmsKeyId === undefined ? {} : { kmsKeyId: config.s3KmsKeyId }),
        ...(endpoint === undefined ? {} : { endpoint }),
        client: await context.awsOptions(),
      });
    }
    case 'github': {
      // @actions/cache works wherever the runner announced its cache service: v2 on github.com, v1 on GHES.
      const service = context.runEnv.githubCache;
      if (!service.available) {
        throw new Error(
          `GitHub's cache service is not available here: ${service.reason}. Use cache-backend s3 or local, ` +
            'or cache: false',
        );
      }
      const { createGitHubStore, defaultStagingDir } = await import('./github.js');
      return createGitHubStore({
        stagingDir: defaultStagingDir(context.runEnv.runnerTemp),
        confirmSaves: service.version === 'v1',
      });
    }
  }
}

export type { CacheStore } from './types.js';
