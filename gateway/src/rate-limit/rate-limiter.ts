/** What a token bucket answers when a principal asks to spend tokens. */
export interface RateLimitDecision {
  readonly allowed: boolean;
  /** Whole tokens left after this request. */
  readonly remaining: number;
  /** When refused: seconds until enough tokens have refilled (at least 1). 0 when allowed. */
  readonly retryAfterSeconds: number;
}

/** One token bucket per key; `burst` tokens at most, refilled at `perSecond`. */
export interface TokenBucketSettings {
  readonly burst: number;
  readonly perSecond: number;
}

/** Port: spends `tokens` from the bucket of `key`, or refuses without spending any. */
export interface RateLimiter {
  take(key: string, tokens: number): Promise<RateLimitDecision>;
  close(): Promise<void>;
}
