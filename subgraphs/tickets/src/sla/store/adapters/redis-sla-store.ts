import type { Redis } from 'ioredis';
import { closeRedis } from '@support-graph/runtime';
import type { SlaPolicy, TeamCalendar } from '../../sla-records.js';
import type { SlaStore } from '../sla-store.js';

/** A notice claimed once is not sent again for this long (a ticket's deadlines move on well before). */
const NOTICE_TTL_SECONDS = 30 * 86_400;

/** Under `<REDIS_PREFIX>:sla:`, shared by every replica. */
export class RedisSlaStore implements SlaStore {
  private readonly p: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.p = `${prefix}:sla:`;
  }

  async savePolicy(policy: SlaPolicy): Promise<void> {
    await this.redis.hset(`${this.p}policies`, policy.id, JSON.stringify(policy));
  }

  async policies(): Promise<SlaPolicy[]> {
    return Object.values(await this.redis.hgetall(`${this.p}policies`)).map((json) => JSON.parse(json) as SlaPolicy);
  }

  async saveCalendar(calendar: TeamCalendar): Promise<void> {
    await this.redis.hset(`${this.p}calendars`, calendar.teamId, JSON.stringify(calendar));
  }

  async calendar(teamId: string): Promise<TeamCalendar | null> {
    const json = await this.redis.hget(`${this.p}calendars`, teamId);
    return json ? (JSON.parse(json) as TeamCalendar) : null;
  }

  async claimNotice(key: string): Promise<boolean> {
    return (await this.redis.set(`${this.p}notice:${key}`, '1', 'EX', NOTICE_TTL_SECONDS, 'NX')) === 'OK';
  }

  close(): Promise<void> {
    return closeRedis(this.redis);
  }
}
