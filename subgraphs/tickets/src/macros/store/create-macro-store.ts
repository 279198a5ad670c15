import { join } from 'node:path';
import { openRedis } from '@support-graph/runtime';
import type { Logger } from 'pino';
import type { MacroStore } from './macro-store.js';
import { RedisMacroStore } from './adapters/redis-macro-store.js';
import { SqliteMacroStore } from './adapters/sqlite-macro-store.js';

/** Redis when REDIS_URL is set, otherwise SQLite at `DATA_DIR/macros.sqlite`. */
export function createMacroStore(config: { DATA_DIR: string; REDIS_URL?: string | undefined; REDIS_PREFIX: string }, logger: Logger): MacroStore {
  if (!config.REDIS_URL) return new SqliteMacroStore(join(config.DATA_DIR, 'macros.sqlite'));
  return new RedisMacroStore(openRedis(config.REDIS_URL, { logger, purpose: 'macros' }), config.REDIS_PREFIX);
}
