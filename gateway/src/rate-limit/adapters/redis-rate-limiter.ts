import { closeRedis } from '@support-graph/runtime';
import type { Redis } from 'ioredis';
import type { RateLimitDecision, RateLimiter, TokenBucketSettings } from '../rate-limiter.js';

/**
 * The whole token-bucket step in one Lua script, so it is atomic in Redis: gateway replicas can
 * never both spend the last token. Time is Redis's own clock (TIME), not each replica's.
 * KEYS[1] bucket hash; ARGV burst, perSecond, tokens. Returns {allowed 0|1, remaining, retryAfterMs}.
 */
const TAKE_SCRIPT = `
local burst = tonumber(ARGV[1])
local per_second = tonumber(ARGV[2])
local wanted = tonumber(ARGV[3])
local time = redis.call('TIME')
local now_ms = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(state[1]) or burst
local updated = tonumber(state[2]) or now_ms
tokens = math.min(burst, tokens + math.max(0, now_ms - updated) / 1000 * per_second)
local allowed = 0
local retry_ms = 0
if tokens >= wanted then
  tokens = tokens - wanted
  allowed = 1
else
  retry_ms = math.ceil((wanted - tokens) / per_second * 1000)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', now_ms)
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / per_second * 1000) + 1000)
return {allowed, math.floor(tokens), retry_ms}
`;

type TakeReply = [allowed: number, remaining: number, retryAfterMs: number];

/** The connection once the script is defined on it (ioredis adds one method per defined command). */
interface RedisWithTakeTokens extends Redis {
  supportGraphTakeTokens(key: string, burst: number, perSecond: number, tokens: number): Promise<TakeReply>;
}

/**
 * Token buckets in Redis, shared by every gateway replica that uses the same Redis and key prefix.
 * The limiter owns the connection it is given and closes it.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: RedisWithTakeTokens;

  constructor(
    redis: Redis,
    private readonly settings: TokenBucketSettings,
    /** Namespaces the bucket keys. Default `rate-limit:`. */
    private readonly keyPrefix = 'rate-limit:',
  ) {
    // defineCommand runs the script by its SHA (EVALSHA) and loads it only when Redis lacks it.
    redis.defineCommand('supportGraphTakeTokens', { numberOfKeys: 1, lua: TAKE_SCRIPT });
    this.redis = redis as RedisWithTakeTokens;
  }

  async take(key: string, tokens: number): Promise<RateLimitDecision> {
    const [allowed, remaining, retryAfterMs] = await this.redis.supportGraphTakeTokens(this.keyPrefix + key, this.settings.burst, this.settings.perSecond, tokens);
    return allowed === 1
      ? { allowed: true, remaining, retryAfterSeconds: 0 }
      : { allowed: false, remaining, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
  }

  async close(): Promise<void> {
    await closeRedis(this.redis);
  }
}
