import type { DatabaseSync } from 'node:sqlite';
import { immediateTransaction, openSqliteFile } from '@support-graph/runtime';
import { ANY_CHANNEL, AgentPresence, type AgentProfile, type Reservation, type ReservationRequest, type RoutingStrategy, type TicketRouting } from '../../routing-records.js';
import type { AgentRoster } from '../agent-roster.js';
import { pickAgent } from '../pick-agent.js';

interface ProfileRow {
  agent_id: string;
  presence: string;
  capacity: string;
  skills: string;
  last_seen_at: number;
  assigned_at: number;
}

/**
 * The roster of the embedded mode, in one SQLite file under DATA_DIR, so profiles (capacity, skills,
 * presence), reservations, loads, queues and team strategies survive a restart. `reserve` and `release`
 * run in one `begin immediate` transaction: the write lock is taken before anything is read, so even
 * two connections (two processes on one file) cannot both see the same spare capacity.
 */
export class SqliteAgentRoster implements AgentRoster {
  private readonly db: DatabaseSync;

  constructor(path: string) {
    this.db = openSqliteFile(path);
    this.db.exec(`
      create table if not exists profiles (
        agent_id text primary key, presence text not null, capacity text not null, skills text not null,
        last_seen_at integer not null, assigned_at integer not null default 0
      );
      create table if not exists holders (ticket_id text primary key, agent_id text not null, channel text not null);
      create index if not exists holders_agent on holders (agent_id);
      create table if not exists loads (agent_id text not null, channel text not null, load integer not null, primary key (agent_id, channel));
      create table if not exists queue (team_id text not null, ticket_id text not null, score real not null, primary key (team_id, ticket_id));
      create index if not exists queue_order on queue (team_id, score, ticket_id);
      create table if not exists ticket_routing (ticket_id text primary key, routing text not null);
      create table if not exists strategies (team_id text primary key, strategy text not null);
    `);
  }

  async saveProfile(profile: AgentProfile): Promise<void> {
    // An upsert, not a replace: when the agent was last assigned (round robin's order) stays.
    this.db
      .prepare(
        `insert into profiles (agent_id, presence, capacity, skills, last_seen_at) values (?, ?, ?, ?, ?)
         on conflict (agent_id) do update set presence = excluded.presence, capacity = excluded.capacity,
           skills = excluded.skills, last_seen_at = excluded.last_seen_at`,
      )
      .run(profile.agentId, profile.presence, JSON.stringify(profile.capacity), JSON.stringify(profile.skills), profile.lastSeenAt.getTime());
  }

  async profile(agentId: string): Promise<AgentProfile | null> {
    return (await this.profiles([agentId]))[0] ?? null;
  }

  async profiles(agentIds: readonly string[]): Promise<AgentProfile[]> {
    return agentIds.flatMap((agentId) => {
      const row = this.profileRow(agentId);
      return row ? [toProfile(row)] : [];
    });
  }

  async setPresence(agentId: string, presence: AgentPresence, at: Date): Promise<AgentPresence | null> {
    return immediateTransaction(this.db, () => {
      const row = this.profileRow(agentId);
      if (!row) return null;
      this.db.prepare('update profiles set presence = ?, last_seen_at = ? where agent_id = ?').run(presence, at.getTime(), agentId);
      return row.presence as AgentPresence;
    });
  }

  async reserve(request: ReservationRequest): Promise<Reservation> {
    return immediateTransaction(this.db, (): Reservation => {
      const held = this.db.prepare('select agent_id from holders where ticket_id = ?').get(request.ticketId) as { agent_id: string } | undefined;
      if (held) return { kind: 'existing', agentId: held.agent_id };
      const loadOf = this.db.prepare('select load from loads where agent_id = ? and channel = ?');
      const options = request.candidates.flatMap((agentId) => {
        const row = this.profileRow(agentId);
        if (row?.presence !== AgentPresence.ONLINE) return [];
        const capacity = JSON.parse(row.capacity) as Record<string, number>;
        const load = (loadOf.get(agentId, request.channel) as { load: number } | undefined)?.load ?? 0;
        return [{ agentId, load, capacity: capacity[request.channel] ?? capacity[ANY_CHANNEL] ?? 0, lastAssignedAt: row.assigned_at }];
      });
      const chosen = pickAgent(options, request.strategy);
      if (!chosen) return { kind: 'none' };
      this.db.prepare('insert into holders (ticket_id, agent_id, channel) values (?, ?, ?)').run(request.ticketId, chosen.agentId, request.channel);
      this.db
        .prepare('insert into loads (agent_id, channel, load) values (?, ?, 1) on conflict (agent_id, channel) do update set load = load + 1')
        .run(chosen.agentId, request.channel);
      this.db.prepare('update profiles set assigned_at = ? where agent_id = ?').run(request.at.getTime(), chosen.agentId);
      this.db.prepare('delete from queue where team_id = ? and ticket_id = ?').run(request.teamId, request.ticketId);
      return { kind: 'reserved', agentId: chosen.agentId, load: chosen.load + 1, capacity: chosen.capacity };
    });
  }

  async release(ticketId: string): Promise<string | null> {
    return immediateTransaction(this.db, () => {
      const held = this.db.prepare('delete from holders where ticket_id = ? returning agent_id, channel').get(ticketId) as { agent_id: string; channel: string } | undefined;
      if (!held) return null;
      this.db.prepare('update loads set load = max(0, load - 1) where agent_id = ? and channel = ?').run(held.agent_id, held.channel);
      return held.agent_id;
    });
  }

  async holder(ticketId: string): Promise<string | null> {
    return (this.db.prepare('select agent_id from holders where ticket_id = ?').get(ticketId) as { agent_id: string } | undefined)?.agent_id ?? null;
  }

  async heldBy(agentId: string): Promise<string[]> {
    return (this.db.prepare('select ticket_id from holders where agent_id = ? order by ticket_id').all(agentId) as { ticket_id: string }[]).map((row) => row.ticket_id);
  }

  async load(agentId: string): Promise<Record<string, number>> {
    const rows = this.db.prepare('select channel, load from loads where agent_id = ?').all(agentId) as { channel: string; load: number }[];
    return Object.fromEntries(rows.map((row) => [row.channel, row.load]));
  }

  async enqueue(teamId: string, ticketId: string, score: number): Promise<void> {
    this.db.prepare('insert into queue (team_id, ticket_id, score) values (?, ?, ?) on conflict (team_id, ticket_id) do update set score = excluded.score').run(teamId, ticketId, score);
  }

  async queued(teamId: string, limit: number): Promise<string[]> {
    const rows = this.db.prepare('select ticket_id from queue where team_id = ? order by score, ticket_id limit ?').all(teamId, limit) as { ticket_id: string }[];
    return rows.map((row) => row.ticket_id);
  }

  async dequeue(teamId: string, ticketId: string): Promise<void> {
    this.db.prepare('delete from queue where team_id = ? and ticket_id = ?').run(teamId, ticketId);
  }

  async setRouting(ticketId: string, routing: TicketRouting): Promise<void> {
    this.db.prepare('insert or replace into ticket_routing (ticket_id, routing) values (?, ?)').run(ticketId, JSON.stringify(routing));
  }

  async routing(ticketId: string): Promise<TicketRouting | null> {
    const row = this.db.prepare('select routing from ticket_routing where ticket_id = ?').get(ticketId) as { routing: string } | undefined;
    return row ? (JSON.parse(row.routing) as TicketRouting) : null;
  }

  async setStrategy(teamId: string, strategy: RoutingStrategy): Promise<void> {
    this.db.prepare('insert or replace into strategies (team_id, strategy) values (?, ?)').run(teamId, strategy);
  }

  async strategy(teamId: string): Promise<RoutingStrategy | null> {
    return ((this.db.prepare('select strategy from strategies where team_id = ?').get(teamId) as { strategy: string } | undefined)?.strategy ?? null) as RoutingStrategy | null;
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private profileRow(agentId: string): ProfileRow | undefined {
    return this.db.prepare('select * from profiles where agent_id = ?').get(agentId) as ProfileRow | undefined;
  }

}

function toProfile(row: ProfileRow): AgentProfile {
  return {
    agentId: row.agent_id,
    presence: row.presence as AgentPresence,
    capacity: JSON.parse(row.capacity) as Record<string, number>,
    skills: JSON.parse(row.skills) as AgentProfile['skills'],
    lastSeenAt: new Date(row.last_seen_at),
  };
}
