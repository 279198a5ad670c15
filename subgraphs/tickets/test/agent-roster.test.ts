import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { describeUnlessSkipped, probeRedis, REDIS_TEST_URL } from '@support-graph/test-kit';
import { RedisAgentRoster } from '../src/routing/roster/adapters/redis-agent-roster.js';
import { SqliteAgentRoster } from '../src/routing/roster/adapters/sqlite-agent-roster.js';
import type { AgentRoster } from '../src/routing/roster/agent-roster.js';
import { AgentPresence, RoutingStrategy, type AgentProfile } from '../src/routing/routing-records.js';

const redis = await probeRedis(REDIS_TEST_URL);

function profile(agentId: string, capacity: Record<string, number>, presence: AgentPresence = AgentPresence.ONLINE): AgentProfile {
  return { agentId, presence, capacity, skills: { categories: [], languages: [], tiers: [] }, lastSeenAt: new Date(0) };
}

const request = (ticketId: string, candidates: string[], strategy: RoutingStrategy = RoutingStrategy.LOAD_BASED, channel = 'WEB') => ({
  ticketId,
  teamId: 'team',
  channel,
  strategy,
  candidates,
  at: new Date(),
});

/** The same rules for both adapters: what the router relies on. */
function rosterContract(name: string, open: () => { rosters: AgentRoster[]; close(): Promise<void> }) {
  describe(`${name} agent roster`, () => {
    let rosters: AgentRoster[];
    let close: () => Promise<void>;
    beforeEach(() => ({ rosters, close } = open()));
    afterEach(() => close());

    it('never takes an agent over capacity nor gives a ticket twice when routers reserve at once', async () => {
      const [a, b] = [rosters[0]!, rosters.at(-1)!];
      await a.saveProfile(profile('x', { WEB: 3, '*': 1 }));
      await a.saveProfile(profile('y', { '*': 5 }));
      await a.saveProfile(profile('z', { WEB: 4 }, AgentPresence.AWAY));
      const tickets = Array.from({ length: 40 }, () => randomUUID());
      const results = await Promise.all(tickets.flatMap((ticket) => [a.reserve(request(ticket, ['x', 'y', 'z'])), b.reserve(request(ticket, ['x', 'y', 'z']))]));
      const owners = new Map<string, string>();
      for (const [index, result] of results.entries()) {
        if (result.kind === 'none') continue;
        const ticket = tickets[Math.floor(index / 2)]!;
        expect(owners.get(ticket) ?? result.agentId).toBe(result.agentId);
        owners.set(ticket, result.agentId);
      }
      const counts = [...owners.values()].reduce((map, agent) => map.set(agent, (map.get(agent) ?? 0) + 1), new Map<string, number>());
      expect(Object.fromEntries(counts)).toEqual({ x: 3, y: 5 });
      expect(await a.load('x')).toEqual({ WEB: 3 });
      expect(await b.heldBy('z')).toEqual([]);
    });

    it('releases once, and serves the least loaded, then the longest idle', async () => {
      const roster = rosters[0]!;
      await roster.saveProfile(profile('p', { '*': 4 }));
      await roster.saveProfile(profile('q', { '*': 2 }));
      const first = await roster.reserve(request('t1', ['p', 'q']));
      // Both at 0 %: p and q were never assigned, so the smaller id goes first.
      expect(first).toMatchObject({ kind: 'reserved', agentId: 'p', load: 1, capacity: 4 });
      // p at 25 %, q at 0 %.
      expect(await roster.reserve(request('t2', ['p', 'q']))).toMatchObject({ agentId: 'q' });
      expect(await roster.reserve(request('t1', ['p', 'q']))).toEqual({ kind: 'existing', agentId: 'p' });
      expect(await roster.release('t1')).toBe('p');
      expect(await roster.release('t1')).toBeNull();
      expect(await roster.load('p')).toEqual({ WEB: 0 });
      // Round robin ignores load: p was assigned before q, so p is next.
      expect(await roster.reserve(request('t3', ['p', 'q'], RoutingStrategy.ROUND_ROBIN))).toMatchObject({ agentId: 'p' });
    });

    it('keeps a queue in serving order and takes a reserved ticket off it', async () => {
      const roster = rosters[0]!;
      await roster.enqueue('team', 'late', 20);
      await roster.enqueue('team', 'urgent', 5);
      await roster.enqueue('team', 'early', 10);
      expect(await roster.queued('team', 10)).toEqual(['urgent', 'early', 'late']);
      await roster.saveProfile(profile('r', { '*': 1 }));
      await roster.reserve(request('urgent', ['r']));
      expect(await roster.queued('team', 10)).toEqual(['early', 'late']);
    });
  });
}

rosterContract('SQLite (two connections on one file, as two processes)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roster-test-'));
  const rosters = [new SqliteAgentRoster(join(dir, 'routing.sqlite')), new SqliteAgentRoster(join(dir, 'routing.sqlite'))];
  return {
    rosters,
    async close() {
      for (const roster of rosters) await roster.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SQLite agent roster', () => {
  it('keeps profiles, reservations, loads, queues and strategies when reopened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roster-test-'));
    const path = join(dir, 'routing.sqlite');
    try {
      const before = new SqliteAgentRoster(path);
      const skills = { categories: ['billing'], languages: ['de'], tiers: ['VIP'] };
      await before.saveProfile({ ...profile('a', { EMAIL: 2, '*': 4 }), skills });
      await before.reserve(request('held', ['a'], RoutingStrategy.LOAD_BASED, 'EMAIL'));
      await before.enqueue('team', 'waiting', 7);
      await before.setStrategy('team', RoutingStrategy.ROUND_ROBIN);
      await before.setRouting('held', { teamId: 'team', language: 'de', reason: 'why' });
      await before.close();
      const after = new SqliteAgentRoster(path);
      expect(await after.profile('a')).toEqual({ ...profile('a', { EMAIL: 2, '*': 4 }), skills });
      expect(await after.holder('held')).toBe('a');
      expect(await after.load('a')).toEqual({ EMAIL: 1 });
      expect(await after.queued('team', 10)).toEqual(['waiting']);
      expect(await after.strategy('team')).toBe(RoutingStrategy.ROUND_ROBIN);
      expect(await after.routing('held')).toEqual({ teamId: 'team', language: 'de', reason: 'why' });
      // Still counted after the restart: the second EMAIL ticket fills the capacity, the third finds nobody.
      expect(await after.reserve(request('second', ['a'], RoutingStrategy.LOAD_BASED, 'EMAIL'))).toMatchObject({ kind: 'reserved', load: 2, capacity: 2 });
      expect(await after.reserve(request('third', ['a'], RoutingStrategy.LOAD_BASED, 'EMAIL'))).toEqual({ kind: 'none' });
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeUnlessSkipped('redis', redis.skipReason, () => {
  rosterContract('Redis (two connections, as two replicas)', () => {
    const prefix = `roster-test-${randomUUID()}`;
    const connections = [new Redis(REDIS_TEST_URL), new Redis(REDIS_TEST_URL)];
    return {
      rosters: connections.map((connection) => new RedisAgentRoster(connection, prefix)),
      async close() {
        const keys = await connections[0]!.keys(`${prefix}:*`);
        if (keys.length > 0) await connections[0]!.del(...keys);
        for (const connection of connections) connection.disconnect();
      },
    };
  });
});
