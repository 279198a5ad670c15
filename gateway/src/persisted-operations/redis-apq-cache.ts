import { closeRedis } from '@support-graph/runtime';
import type { Redis } from 'ioredis';

/**
 * Apollo Server's key-value cache interface (from `@apollo/utils.keyvaluecache`), for automatic
 * persisted queries in Redis so every gateway replica knows a query once one replica has seen it.
 */
export interface ApqCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/** Automatic-persisted-query documents in Redis, each with a TTL so the set stays bounded. The cache owns its connection. */
export class RedisApqCache implements ApqCache {
  constructor(
    private readonly redis: Redis,
    /** Seconds a document is kept when Apollo passes no TTL. */
    private readonly defaultTtlSeconds: number,
    /** Namespaces the keys. Default `apq:`. */
    private readonly keyPrefix = 'apq:',
  ) {}

  /** A Redis failure reads as a miss: the client then sends the whole document, and the request still works. */
  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.keyPrefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    await this.redis.set(this.keyPrefix + key, value, 'EX', options?.ttl ?? this.defaultTtlSeconds);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.keyPrefix + key)) > 0;
  }

  async close(): Promise<void> {
    await closeRedis(this.redis);
  }
}
