import type { Logger } from 'pino';
import type { EventBus } from './event-bus.js';
import { InProcessEventBus } from './adapters/in-process-event-bus.js';
import { RedisEventBus } from './adapters/redis-event-bus.js';
import { openRedis } from '../redis/redis-connections.js';

/** Redis when REDIS_URL is set (several processes or replicas), in-process otherwise. */
export function createEventBus(config: { REDIS_URL?: string | undefined; REDIS_PREFIX: string }, logger: Logger): EventBus {
  const onHandlerError = (error: unknown, event: { type: string; id: string }) =>
    logger.error({ err: error, eventType: event.type, eventId: event.id }, 'event handler failed');
  if (!config.REDIS_URL) return new InProcessEventBus(onHandlerError);
  const connections = {
    // Live updates are best-effort: a publish while Redis is away fails at once rather than waiting.
    publisher: openRedis(config.REDIS_URL, { logger, purpose: 'event-bus', failFast: true }),
    subscriber: openRedis(config.REDIS_URL, { logger, purpose: 'event-bus' }),
  };
  return new RedisEventBus(connections, config.REDIS_PREFIX, onHandlerError);
}
