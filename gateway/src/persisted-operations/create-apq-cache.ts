import { Redis } from 'ioredis';
import type { PlatformConfig } from '@support-graph/runtime';
import { RedisApqCache } from './redis-apq-cache.js';

/**
 * The APQ cache for first-party clients: Redis when REDIS_URL is set (shared by replicas), otherwise
 * undefined, which leaves Apollo Server's own bounded in-memory LRU (30 MiB).
 */
export function createApqCache(config: PlatformConfig): RedisApqCache | undefined {
  if (!config.REDIS_URL) return undefined;
  return new RedisApqCache(new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, commandTimeout: 500 }), config.APQ_TTL_SECONDS);
}
