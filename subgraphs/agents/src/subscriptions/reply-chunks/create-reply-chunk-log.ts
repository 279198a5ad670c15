import { AGENT_RUN_REPLY_CHUNK } from '../../events/agents-events.js';
import { openRedis, type EventBus, type Logger, type Unsubscribe } from '@support-graph/runtime';
import { InMemoryReplyChunkLog } from './adapters/in-memory-reply-chunk-log.js';
import { RedisReplyChunkLog } from './adapters/redis-reply-chunk-log.js';
import { DEFAULT_REPLY_CHUNK_RETENTION, type ReplyChunkLog, type ReplyChunkRetention } from './reply-chunk-log.js';

export interface RecordedReplyChunks {
  readonly log: ReplyChunkLog;
  close(): Promise<void>;
}

/**
 * The reply chunk log (in Redis too when REDIS_URL is set), fed by one bus subscription that lives
 * as long as the gateway: chunks must be kept while no client is connected, that is the point.
 */
export async function recordReplyChunks(
  bus: EventBus,
  config: { readonly REDIS_URL?: string | undefined; readonly REDIS_PREFIX: string },
  logger: Logger,
  retention: ReplyChunkRetention = DEFAULT_REPLY_CHUNK_RETENTION,
): Promise<RecordedReplyChunks> {
  const local = new InMemoryReplyChunkLog(retention);
  const log: ReplyChunkLog = config.REDIS_URL
    ? new RedisReplyChunkLog(
        openRedis(config.REDIS_URL, { logger, purpose: 'reply-chunks', failFast: true }),
        `${config.REDIS_PREFIX}:reply-chunks:`,
        local,
        retention,
        (error) => logger.debug({ err: error }, 'reply chunk log: Redis unavailable'),
      )
    : local;
  const unsubscribe: Unsubscribe = await bus.subscribe(AGENT_RUN_REPLY_CHUNK, (event) => log.record(event));
  return {
    log,
    async close() {
      await unsubscribe();
      await log.close();
    },
  };
}
