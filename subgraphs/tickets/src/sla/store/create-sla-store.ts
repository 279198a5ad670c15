import { openRedis } from '@support-graph/runtime';
import type { Logger } from 'pino';
import type { SlaStore } from './sla-store.js';
import { MemorySlaStore } from './adapters/memory-sla-store.js';
import { RedisSlaStore } from './adapters/redis-sla-store.js';

/** Redis when REDIS_URL is set (every replica sees one set of policies and sends each notice once), otherwise memory. */
export function createSlaStore(config: { REDIS_URL?: string | undefined; REDIS_PREFIX: string }, logger: Logger): SlaStore {
  if (!config.REDIS_URL) return new MemorySlaStore();
  return new RedisSlaStore(openRedis(config.REDIS_URL, { logger, purpose: 'sla' }), config.REDIS_PREFIX);
}
