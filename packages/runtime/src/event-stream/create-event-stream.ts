import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { openRedis } from '../redis/redis-connections.js';
import { RedisEventStream } from './adapters/redis-event-stream.js';
import { SqliteEventStream } from './adapters/sqlite-event-stream.js';
import type { DurableEventStream } from './durable-event-stream.js';

export interface EventStreamConfig {
  readonly DATA_DIR: string;
  readonly REDIS_URL?: string | undefined;
  readonly REDIS_PREFIX: string;
}

/** Redis Streams when REDIS_URL is set (replicas share it), else SQLite at `DATA_DIR/event-stream.sqlite`. */
export function createEventStream(config: EventStreamConfig, logger: Logger): DurableEventStream {
  if (config.REDIS_URL) {
    return new RedisEventStream(
      openRedis(config.REDIS_URL, { logger, purpose: 'event-stream' }),
      openRedis(config.REDIS_URL, { logger, purpose: 'event-stream' }),
      { prefix: config.REDIS_PREFIX, logger },
    );
  }
  mkdirSync(config.DATA_DIR, { recursive: true });
  return new SqliteEventStream(join(config.DATA_DIR, 'event-stream.sqlite'));
}
