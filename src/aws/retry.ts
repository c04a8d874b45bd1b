/** How `withRetries` waits; injectable so tests neither sleep nor depend on randomness. */
export interface RetryOptions {
  /** Total attempts, the first included. @default 5 */
  readonly attempts?: number;
  /** The first backoff ceiling in milliseconds; doubles per attempt. @default 400 */
  readonly baseMs?: number;
  /** The largest backoff ceiling. @default 10000 */
  readonly capMs?: number;
  /** @default setTimeout-based */
  readonly sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1). @default Math.random */
  readonly random?: () => number;
}

/** Sleeps for real. */
export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn`, retrying while `retryable(error)` holds, with "full jitter" backoff (a random wait up to an
 * exponentially growing ceiling): many CI jobs starting at once then spread out instead of retrying in
 * lockstep and being throttled again.
 */
export async function withRetries<T>(
  fn: () => Promise<T>,
  retryable: (error: unknown) => boolean,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= attempts || !retryable(error)) throw error;
      const ceiling = Math.min(options.capMs ?? 10_000, (options.baseMs ?? 400) * 2 ** (attempt - 1));
      await sleep(Math.floor(random() * ceiling));
    }
  }
}
