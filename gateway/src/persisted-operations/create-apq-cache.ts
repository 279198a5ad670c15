import { openRedis, type Logger, type PlatformConfig } from '@support-graph/runtime';
import { RedisApqCache } from './redis-apq-cache.js';

/**
 * The APQ cache for first-party clients: Redis when REDIS_URL is set (shared by replicas), otherwise
 * undefined, which leaves Apollo Server's own bounded in-memory LRU (30 MiB).
 */
export function createApqCache(config: PlatformConfig, logger: Logger): RedisApqCache | undefined {
  if (!config.REDIS_URL) return undefined;
  const redis = openRedis(config.REDIS_URL, { logger, purpose: 'apq-cache', failFast: true, commandTimeoutMs: 500 });
  return new RedisApqCache(redis, config.APQ_TTL_SECONDS, `${config.REDIS_PREFIX}:apq:`);
}
