import type { Redis } from 'ioredis';
import { closeRedis } from '@support-graph/runtime';
import type { MacroRecord } from '../../macro-records.js';
import type { MacroStore } from '../macro-store.js';

/** One hash `<REDIS_PREFIX>:macros`, id → JSON. */
export class RedisMacroStore implements MacroStore {
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.key = `${prefix}:macros`;
  }

  async save(macro: MacroRecord): Promise<void> {
    await this.redis.hset(this.key, macro.id, JSON.stringify(macro));
  }

  async find(id: string): Promise<MacroRecord | null> {
    const json = await this.redis.hget(this.key, id);
    return json ? (JSON.parse(json) as MacroRecord) : null;
  }

  async list(): Promise<MacroRecord[]> {
    return Object.values(await this.redis.hgetall(this.key)).map((json) => JSON.parse(json) as MacroRecord);
  }

  async delete(id: string): Promise<boolean> {
    return (await this.redis.hdel(this.key, id)) > 0;
  }

  close(): Promise<void> {
    return closeRedis(this.redis);
  }
}
