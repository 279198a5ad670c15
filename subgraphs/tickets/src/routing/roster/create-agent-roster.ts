import { openRedis } from '@support-graph/runtime';
import type { Logger } from 'pino';
import type { AgentRoster } from './agent-roster.js';
import { MemoryAgentRoster } from './adapters/memory-agent-roster.js';
import { RedisAgentRoster } from './adapters/redis-agent-roster.js';

/** Redis when REDIS_URL is set (every replica routes against one roster), otherwise this process's memory. */
export function createAgentRoster(config: { REDIS_URL?: string | undefined; REDIS_PREFIX: string }, logger: Logger): AgentRoster {
  if (!config.REDIS_URL) return new MemoryAgentRoster();
  return new RedisAgentRoster(openRedis(config.REDIS_URL, { logger, purpose: 'routing' }), config.REDIS_PREFIX);
}
