import { withRetries } from '../../src/aws/retry.js';

describe('withRetries', () => {
  const failing = (times: number, error = new Error('busy')) => {
    let calls = 0;
    return {
      fn: async () => {
        calls++;
        if (calls <= times) throw error;
        return calls;
      },
      calls: () => calls,
    };
  };

  it.each([
    [0, 1, []],
    [1, 2, [0]],
    [3, 4, [0, 0, 0]],
  ])('after %i failures succeeds on call %i, waiting %j (random 0)', async (failures, call, waits) => {
    const sleeps: number[] = [];
    const f = failing(failures);
    const result = await withRetries(f.fn, () => true, {
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0,
    });
    expect([result, sleeps]).toEqual([call, waits]);
  });

  it('caps the backoff ceiling', async () => {
    const sleeps: number[] = [];
    const f = failing(6);
    await withRetries(f.fn, () => true, {
      attempts: 7,
      baseMs: 1000,
      capMs: 5000,
      random: () => 0.999,
      sleep: async (ms) => void sleeps.push(ms),
    });
    expect(sleeps).toEqual([999, 1998, 3996, 4995, 4995, 4995]);
  });

  it('rethrows at once what is not retryable', async () => {
    const f = failing(5, new Error('denied'));
    await expect(withRetries(f.fn, () => false, { sleep: async () => undefined })).rejects.toThrow('denied');
    expect(f.calls()).toBe(1);
  });
});
