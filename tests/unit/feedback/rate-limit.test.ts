import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/feedback/server/rate-limit.ts';

const take = (limiter: RateLimiter, address: string, times: number, at: number): boolean[] => Array.from({ length: times }, () => limiter.take(address, at));

describe('the per-address rate limit', () => {
  it('lets a burst through, then refuses until time refills the bucket', () => {
    const limiter = new RateLimiter({ burst: 3, perMinute: 60 });
    expect(take(limiter, '203.0.113.7', 4, 0)).toEqual([true, true, true, false]);
    expect(limiter.take('203.0.113.7', 500)).toBe(false);
    expect(limiter.take('203.0.113.7', 1000)).toBe(true);
  });

  it('gives every address its own bucket', () => {
    const limiter = new RateLimiter({ burst: 1, perMinute: 1 });
    expect(limiter.take('203.0.113.7', 0)).toBe(true);
    expect(limiter.take('203.0.113.7', 0)).toBe(false);
    expect(limiter.take('2001:db8::1', 0)).toBe(true);
  });

  it('never refills beyond the burst, however long a client was away', () => {
    const limiter = new RateLimiter({ burst: 2, perMinute: 60 });
    limiter.take('203.0.113.7', 0);
    expect(take(limiter, '203.0.113.7', 3, 3_600_000)).toEqual([true, true, false]);
  });
});
