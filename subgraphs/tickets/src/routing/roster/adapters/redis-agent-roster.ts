import type { Redis } from 'ioredis';
import { closeRedis } from '@support-graph/runtime';
import type { AgentPresence, AgentProfile, Reservation, ReservationRequest, RoutingStrategy, TicketRouting } from '../../routing-records.js';
import type { AgentRoster } from '../agent-roster.js';

/**
 * Picks and reserves in one script, so no other router runs between "has spare capacity" and "counted".
 * Same rule as pick-agent.ts: ONLINE, load < capacity on the channel, then the lowest share of capacity
 * in use (load-based only), the least recently assigned, the smallest id.
 * ARGV: prefix, ticketId, teamId, channel, strategy, nowMs, candidates…; the keys are built from the prefix
 * (hence no KEYS: a single Redis, not a cluster).
 */
const RESERVE = `
local p, ticket, team, channel, strategy, now = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], tonumber(ARGV[6])
local held = redis.call('HGET', p .. 'holder', ticket)
if held then return {'existing', held} end
local best, bestShare, bestLast, bestLoad, bestCap
for i = 7, #ARGV do
  local agent = ARGV[i]
  if redis.call('HGET', p .. 'presence', agent) == 'ONLINE' then
    local cap = tonumber(redis.call('HGET', p .. 'capacity:' .. agent, channel) or redis.call('HGET', p .. 'capacity:' .. agent, '*') or '0')
    local load = tonumber(redis.call('HGET', p .. 'load:' .. agent, channel) or '0')
    if load < cap then
      local share = 0
      if strategy == 'LOAD_BASED' then share = load / cap end
      local last = tonumber(redis.call('HGET', p .. 'assigned-at', agent) or '0')
      if not best or share < bestShare or (share == bestShare and (last < bestLast or (last == bestLast and agent < best))) then
        best, bestShare, bestLast, bestLoad, bestCap = agent, share, last, load, cap
      end
    end
  end
end
if not best then return {'none'} end
redis.call('HSET', p .. 'holder', ticket, best)
redis.call('HSET', p .. 'holder-channel', ticket, channel)
redis.call('HINCRBY', p .. 'load:' .. best, channel, 1)
redis.call('SADD', p .. 'held:' .. best, ticket)
redis.call('HSET', p .. 'assigned-at', best, now)
redis.call('ZREM', p .. 'queue:' .. team, ticket)
return {'reserved', best, tostring(bestLoad + 1), tostring(bestCap)}
`;

const RELEASE = `
local p, ticket = ARGV[1], ARGV[2]
local agent = redis.call('HGET', p .. 'holder', ticket)
if not agent then return false end
local channel = redis.call('HGET', p .. 'holder-channel', ticket)
redis.call('HDEL', p .. 'holder', ticket)
redis.call('HDEL', p .. 'holder-channel', ticket)
redis.call('SREM', p .. 'held:' .. agent, ticket)
if redis.call('HINCRBY', p .. 'load:' .. agent, channel, -1) < 0 then redis.call('HSET', p .. 'load:' .. agent, channel, 0) end
return agent
`;

interface StoredProfile {
  readonly agentId: string;
  readonly capacity: Record<string, number>;
  readonly skills: AgentProfile['skills'];
}

/** The roster shared by every replica, under `<REDIS_PREFIX>:routing:`. */
export class RedisAgentRoster implements AgentRoster {
  private readonly p: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.p = `${prefix}:routing:`;
  }

  async saveProfile(profile: AgentProfile): Promise<void> {
    const stored: StoredProfile = { agentId: profile.agentId, capacity: { ...profile.capacity }, skills: profile.skills };
    await this.redis
      .multi()
      .hset(`${this.p}profile`, profile.agentId, JSON.stringify(stored))
      .hset(`${this.p}presence`, profile.agentId, profile.presence)
      .hset(`${this.p}seen`, profile.agentId, String(profile.lastSeenAt.getTime()))
      .del(`${this.p}capacity:${profile.agentId}`)
      .hset(`${this.p}capacity:${profile.agentId}`, profile.capacity)
      .exec();
  }

  async profile(agentId: string): Promise<AgentProfile | null> {
    return (await this.profiles([agentId]))[0] ?? null;
  }

  async profiles(agentIds: readonly string[]): Promise<AgentProfile[]> {
    if (agentIds.length === 0) return [];
    const [stored, presence, seen] = await Promise.all([
      this.redis.hmget(`${this.p}profile`, ...agentIds),
      this.redis.hmget(`${this.p}presence`, ...agentIds),
      this.redis.hmget(`${this.p}seen`, ...agentIds),
    ]);
    return agentIds.flatMap((_, index) => {
      const json = stored[index];
      if (!json) return [];
      const profile = JSON.parse(json) as StoredProfile;
      return [{ ...profile, presence: (presence[index] ?? 'OFFLINE') as AgentPresence, lastSeenAt: new Date(Number(seen[index] ?? 0)) }];
    });
  }

  async setPresence(agentId: string, presence: AgentPresence, at: Date): Promise<AgentPresence | null> {
    if (!(await this.redis.hexists(`${this.p}profile`, agentId))) return null;
    const result = await this.redis.multi().hget(`${this.p}presence`, agentId).hset(`${this.p}presence`, agentId, presence).hset(`${this.p}seen`, agentId, String(at.getTime())).exec();
    return ((result?.[0]?.[1] as string | null) ?? 'OFFLINE') as AgentPresence;
  }

  async reserve(request: ReservationRequest): Promise<Reservation> {
    const reply = (await this.redis.eval(
      RESERVE,
      0,
      this.p,
      request.ticketId,
      request.teamId,
      request.channel,
      request.strategy,
      String(request.at.getTime()),
      ...request.candidates,
    )) as string[];
    const [kind, agentId, load, capacity] = reply;
    if (kind === 'reserved' && agentId) return { kind, agentId, load: Number(load), capacity: Number(capacity) };
    if (kind === 'existing' && agentId) return { kind, agentId };
    return { kind: 'none' };
  }

  async release(ticketId: string): Promise<string | null> {
    return ((await this.redis.eval(RELEASE, 0, this.p, ticketId)) as string | null) ?? null;
  }

  holder(ticketId: string): Promise<string | null> {
    return this.redis.hget(`${this.p}holder`, ticketId);
  }

  heldBy(agentId: string): Promise<string[]> {
    return this.redis.smembers(`${this.p}held:${agentId}`);
  }

  async load(agentId: string): Promise<Record<string, number>> {
    const loads = await this.redis.hgetall(`${this.p}load:${agentId}`);
    return Object.fromEntries(Object.entries(loads).map(([channel, value]) => [channel, Number(value)]));
  }

  async enqueue(teamId: string, ticketId: string, score: number): Promise<void> {
    await this.redis.zadd(`${this.p}queue:${teamId}`, String(score), ticketId);
  }

  queued(teamId: string, limit: number): Promise<string[]> {
    return this.redis.zrange(`${this.p}queue:${teamId}`, '0', String(limit - 1));
  }

  async dequeue(teamId: string, ticketId: string): Promise<void> {
    await this.redis.zrem(`${this.p}queue:${teamId}`, ticketId);
  }

  async setRouting(ticketId: string, routing: TicketRouting): Promise<void> {
    await this.redis.hset(`${this.p}ticket-routing`, ticketId, JSON.stringify(routing));
  }

  async routing(ticketId: string): Promise<TicketRouting | null> {
    const json = await this.redis.hget(`${this.p}ticket-routing`, ticketId);
    return json ? (JSON.parse(json) as TicketRouting) : null;
  }

  async setStrategy(teamId: string, strategy: RoutingStrategy): Promise<void> {
    await this.redis.hset(`${this.p}strategy`, teamId, strategy);
  }

  async strategy(teamId: string): Promise<RoutingStrategy | null> {
    return (await this.redis.hget(`${this.p}strategy`, teamId)) as RoutingStrategy | null;
  }

  close(): Promise<void> {
    return closeRedis(this.redis);
  }
}
