import { join } from 'node:path';
import { openRedis } from '@support-graph/runtime';
import type { Logger } from 'pino';
import type { SlaStore } from './sla-store.js';
import { RedisSlaStore } from './adapters/redis-sla-store.js';
import { SqliteSlaStore } from './adapters/sqlite-sla-store.js';

/** Redis when REDIS_URL is set (every replica sees one set of policies and sends each notice once), otherwise SQLite at `DATA_DIR/sla.sqlite`. */
export function createSlaStore(config: { DATA_DIR: string; REDIS_URL?: string | undefined; REDIS_PREFIX: string }, logger: Logger): SlaStore {
  if (!config.REDIS_URL) return new SqliteSlaStore(join(config.DATA_DIR, 'sla.sqlite'));
  return new RedisSlaStore(openRedis(config.REDIS_URL, { logger, purpose: 'sla' }), config.REDIS_PREFIX);
}
