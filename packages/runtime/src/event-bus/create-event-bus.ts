import type { Logger } from 'pino';
import type { EventBus } from './event-bus.js';
import { InProcessEventBus } from './adapters/in-process-event-bus.js';
import { RedisEventBus } from './adapters/redis-event-bus.js';

/** Redis when REDIS_URL is set (several processes or replicas), in-process otherwise. */
export function createEventBus(config: { REDIS_URL?: string | undefined }, logger: Logger): EventBus {
  const onHandlerError = (error: unknown, event: { type: string; id: string }) =>
    logger.error({ err: error, eventType: event.type, eventId: event.id }, 'event handler failed');
  return config.REDIS_URL ? new RedisEventBus(config.REDIS_URL, onHandlerError) : new InProcessEventBus(onHandlerError);
}
