import { openRedis } from '@support-graph/runtime';
import type { Logger } from 'pino';
import type { MacroStore } from './macro-store.js';
import { MemoryMacroStore } from './adapters/memory-macro-store.js';
import { RedisMacroStore } from './adapters/redis-macro-store.js';

/** Redis when REDIS_URL is set, otherwise this process's memory. */
export function createMacroStore(config: { REDIS_URL?: string | undefined; REDIS_PREFIX: string }, logger: Logger): MacroStore {
  if (!config.REDIS_URL) return new MemoryMacroStore();
  return new RedisMacroStore(openRedis(config.REDIS_URL, { logger, purpose: 'macros' }), config.REDIS_PREFIX);
}
