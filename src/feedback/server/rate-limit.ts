/**
 * A token bucket per client address, in memory only. The key is a hash of the
 * address salted with a secret that is never written anywhere and changes on
 * every start, so neither the database nor a heap dump can be read back into
 * addresses. (One-shot crypto.hash: a tenth of createHmac's cost per request.)
 */
import { hash, randomBytes } from 'node:crypto';

const MAX_BUCKETS = 100_000;

export interface RateLimit {
  /** Events a client may send at once. */
  burst: number;
  /** Events per minute it regains afterwards. */
  perMinute: number;
}

export class RateLimiter {
  readonly #salt = randomBytes(32).toString('base64');
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #limit: RateLimit;

  constructor(limit: RateLimit) {
    this.#limit = limit;
  }

  /** Takes one token for `address`; false when it has none left. */
  take(address: string, now: number = Date.now()): boolean {
    const key = hash('sha256', `${this.#salt}${address}`, 'base64url');
    const refill = this.#limit.perMinute / 60_000;
    const bucket = this.#buckets.get(key) ?? { tokens: this.#limit.burst, at: now };
    bucket.tokens = Math.min(this.#limit.burst, bucket.tokens + (now - bucket.at) * refill);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.#buckets.set(key, bucket);
    // Bounded memory under a flood of addresses: forgetting every bucket at once only ever lets clients send more, never fewer.
    if (this.#buckets.size > MAX_BUCKETS) this.#buckets.clear();
    return allowed;
  }
}
