import type { RateLimitDecision, RateLimiter, TokenBucketSettings } from '../rate-limiter.js';

interface Bucket {
  tokens: number;
  updatedAtMs: number;
}

/** Buckets kept at most; the least recently used are forgotten (a forgotten bucket is simply full again). */
const MAX_BUCKETS = 100_000;

/** Token buckets in this process's memory: right for one gateway; replicas each get their own budget. */
export class InProcessRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly settings: TokenBucketSettings,
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: string, tokens: number): Promise<RateLimitDecision> {
    const nowMs = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.settings.burst, updatedAtMs: nowMs };
    bucket.tokens = Math.min(this.settings.burst, bucket.tokens + ((nowMs - bucket.updatedAtMs) / 1000) * this.settings.perSecond);
    bucket.updatedAtMs = nowMs;
    // Re-inserting keeps the Map in least-recently-used order for eviction.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens < tokens) {
      return { allowed: false, remaining: Math.floor(bucket.tokens), retryAfterSeconds: Math.max(1, Math.ceil((tokens - bucket.tokens) / this.settings.perSecond)) };
    }
    bucket.tokens -= tokens;
    return { allowed: true, remaining: Math.floor(bucket.tokens), retryAfterSeconds: 0 };
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}
