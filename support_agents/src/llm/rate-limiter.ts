export type RateLimitDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

/**
 * Requests-per-interval budget in front of a paid provider, so a burst of tickets cannot run into
 * the vendor's own limits (or bill). Asynchronous so a Redis-backed limiter shared by every process
 * can implement it with one script call.
 */
export interface RateLimiter {
  /** Takes `cost` tokens if available; otherwise says how long until they would be. */
  tryAcquire(cost?: number): Promise<RateLimitDecision>;
}

export interface TokenBucketOptions {
  /** Burst size: tokens the bucket holds when full (and starts with). */
  readonly capacity: number;
  /** Tokens added per second. */
  readonly refillPerSecond: number;
  /** Milliseconds clock; tests pass a fake one. Default: `Date.now`. */
  readonly now?: () => number;
}

/** In-process token bucket: refilled lazily from the elapsed time, so it needs no timer. */
export class TokenBucketRateLimiter implements RateLimiter {
  private tokens: number;
  private refilledAt: number;
  private readonly now: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    this.now = options.now ?? Date.now;
    this.tokens = options.capacity;
    this.refilledAt = this.now();
  }

  async tryAcquire(cost = 1): Promise<RateLimitDecision> {
    this.refill();
    if (this.tokens >= cost) {
      this.tokens -= cost;
      return { allowed: true };
    }
    const missing = cost - this.tokens;
    return { allowed: false, retryAfterMs: Math.ceil((missing / this.options.refillPerSecond) * 1000) };
  }

  private refill(): void {
    const now = this.now();
    const elapsedSeconds = (now - this.refilledAt) / 1000;
    this.tokens = Math.min(this.options.capacity, this.tokens + elapsedSeconds * this.options.refillPerSecond);
    this.refilledAt = now;
  }
}
