import type { Redis } from 'ioredis';
import type { DomainEvent } from '../../domain-event.js';
import { closeRedis } from '../../redis/redis-connections.js';
import { chunkSeq, type ChunkLog, type ChunkRetention, type ChunkStreamOf } from '../chunk-log.js';

/**
 * Appends a chunk only when it is the next one (its seq equals the list's length) and refreshes
 * the TTL: every gateway replica records every chunk it sees, and the list still holds each once.
 */
const APPEND_NEXT = `
if redis.call('LLEN', KEYS[1]) == tonumber(ARGV[1]) and tonumber(ARGV[1]) < tonumber(ARGV[4]) then
  redis.call('RPUSH', KEYS[1], ARGV[2])
end
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1`;

/**
 * Chunks in Redis (a list per stream, with a TTL), so a client that reconnects to another gateway
 * replica resumes where it was. This replica's in-memory log answers too: it is written the moment
 * a chunk arrives, before Redis has it, so a resume never falls between the two.
 */
export class RedisChunkLog implements ChunkLog {
  private readonly redis: Redis;

  constructor(
    /** The log owns this connection (from the kernel's `openRedis`) and closes it. */
    redis: Redis,
    /** e.g. `<REDIS_PREFIX>:reply-chunks:`; a stream's list is this plus its id. */
    private readonly keyPrefix: string,
    private readonly streamOf: ChunkStreamOf,
    private readonly local: ChunkLog,
    private readonly retention: ChunkRetention,
    private readonly onError: (error: unknown) => void,
  ) {
    this.redis = redis;
  }

  record(event: DomainEvent): void {
    this.local.record(event);
    this.redis
      .eval(APPEND_NEXT, 1, `${this.keyPrefix}${this.streamOf(event)}`, String(chunkSeq(event)), JSON.stringify(event), String(this.retention.ttlSeconds), String(this.retention.maxChunksPerStream))
      .catch(this.onError);
  }

  async after(streamId: string, afterSeq: number): Promise<readonly DomainEvent[]> {
    const [local, shared] = await Promise.all([
      this.local.after(streamId, afterSeq),
      this.redis.lrange(`${this.keyPrefix}${streamId}`, Math.max(0, afterSeq + 1), -1).catch((error: unknown) => {
        this.onError(error);
        return [] as string[];
      }),
    ]);
    const bySeq = new Map<number, DomainEvent>();
    for (const text of shared) {
      const event = JSON.parse(text) as DomainEvent;
      bySeq.set(chunkSeq(event), event);
    }
    for (const event of local) bySeq.set(chunkSeq(event), event);
    return [...bySeq.values()].sort((a, b) => chunkSeq(a) - chunkSeq(b));
  }

  async close(): Promise<void> {
    await this.local.close();
    await closeRedis(this.redis);
  }
}
