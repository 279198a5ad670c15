import { join } from 'node:path';
import { openRedis } from '@support-graph/runtime';
import type { Logger } from 'pino';
import type { AgentRoster } from './agent-roster.js';
import { RedisAgentRoster } from './adapters/redis-agent-roster.js';
import { SqliteAgentRoster } from './adapters/sqlite-agent-roster.js';

/** Redis when REDIS_URL is set (every replica routes against one roster), otherwise SQLite at `DATA_DIR/routing.sqlite`. */
export function createAgentRoster(config: { DATA_DIR: string; REDIS_URL?: string | undefined; REDIS_PREFIX: string }, logger: Logger): AgentRoster {
  if (!config.REDIS_URL) return new SqliteAgentRoster(join(config.DATA_DIR, 'routing.sqlite'));
  return new RedisAgentRoster(openRedis(config.REDIS_URL, { logger, purpose: 'routing' }), config.REDIS_PREFIX);
}
