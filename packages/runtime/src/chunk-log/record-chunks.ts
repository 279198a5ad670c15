import type { EventBus, Unsubscribe } from '../event-bus/event-bus.js';
import type { Logger } from '../logger.js';
import { openRedis } from '../redis/redis-connections.js';
import { InMemoryChunkLog } from './adapters/in-memory-chunk-log.js';
import { RedisChunkLog } from './adapters/redis-chunk-log.js';
import { DEFAULT_CHUNK_RETENTION, type ChunkLog, type ChunkRetention, type ChunkStreamOf } from './chunk-log.js';

export interface RecordedChunks {
  readonly log: ChunkLog;
  close(): Promise<void>;
}

export interface ChunkRecording {
  /** The chunk events' type on the bus, e.g. `agent_run.reply_chunk`. */
  readonly eventType: string;
  readonly streamOf: ChunkStreamOf;
  /** The Redis key segment, e.g. `reply-chunks`: lists are `<REDIS_PREFIX>:<segment>:<streamId>`. */
  readonly keySegment: string;
  readonly retention?: ChunkRetention;
}

/**
 * A chunk log (in Redis too when REDIS_URL is set), fed by one bus subscription that lives as long
 * as the gateway: chunks must be kept while no client is connected, that is the point.
 */
export async function recordChunks(
  bus: EventBus,
  config: { readonly REDIS_URL?: string | undefined; readonly REDIS_PREFIX: string },
  logger: Logger,
  recording: ChunkRecording,
): Promise<RecordedChunks> {
  const retention = recording.retention ?? DEFAULT_CHUNK_RETENTION;
  const local = new InMemoryChunkLog(recording.streamOf, retention);
  const log: ChunkLog = config.REDIS_URL
    ? new RedisChunkLog(
        openRedis(config.REDIS_URL, { logger, purpose: recording.keySegment, failFast: true }),
        `${config.REDIS_PREFIX}:${recording.keySegment}:`,
        recording.streamOf,
        local,
        retention,
        (error) => logger.debug({ err: error, purpose: recording.keySegment }, 'chunk log: Redis unavailable'),
      )
    : local;
  const unsubscribe: Unsubscribe = await bus.subscribe(recording.eventType, (event) => log.record(event));
  return {
    log,
    async close() {
      await unsubscribe();
      await log.close();
    },
  };
}
