import { openRedis, type Logger, type PlatformConfig } from '@support-graph/runtime';
import { InProcessRateLimiter } from './adapters/in-process-rate-limiter.js';
import { RedisRateLimiter } from './adapters/redis-rate-limiter.js';
import type { RateLimiter } from './rate-limiter.js';

/** In-process token buckets by default; one budget shared by every replica when REDIS_URL is set. */
export function createRateLimiter(config: PlatformConfig, logger: Logger): RateLimiter {
  const settings = { burst: config.RATE_LIMIT_BURST, perSecond: config.RATE_LIMIT_PER_SECOND };
  if (!config.REDIS_URL) return new InProcessRateLimiter(settings);
  // A slow or absent Redis must not hold requests: no waiting for a reconnection, a short timeout, then the caller decides.
  const redis = openRedis(config.REDIS_URL, { logger, purpose: 'rate-limit', failFast: true, commandTimeoutMs: 500 });
  return new RedisRateLimiter(redis, settings, `${config.REDIS_PREFIX}:rate-limit:`);
}
