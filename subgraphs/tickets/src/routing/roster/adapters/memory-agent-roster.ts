import { ANY_CHANNEL, AgentPresence, RoutingStrategy, type AgentProfile, type Reservation, type ReservationRequest, type TicketRouting } from '../../routing-records.js';
import type { AgentRoster } from '../agent-roster.js';
import { pickAgent } from '../pick-agent.js';

/**
 * The roster of one process (the embedded mode, where every router is in this process). `reserve`
 * and `release` do all their work without awaiting, so no other call can run in between: atomic.
 */
export class MemoryAgentRoster implements AgentRoster {
  private readonly profilesById = new Map<string, AgentProfile>();
  private readonly holders = new Map<string, { agentId: string; channel: string }>();
  private readonly loads = new Map<string, Map<string, number>>();
  private readonly lastAssignedAt = new Map<string, number>();
  private readonly queues = new Map<string, Map<string, number>>();
  private readonly routings = new Map<string, TicketRouting>();
  private readonly strategies = new Map<string, RoutingStrategy>();

  async saveProfile(profile: AgentProfile): Promise<void> {
    this.profilesById.set(profile.agentId, profile);
  }

  async profile(agentId: string): Promise<AgentProfile | null> {
    return this.profilesById.get(agentId) ?? null;
  }

  async profiles(agentIds: readonly string[]): Promise<AgentProfile[]> {
    return agentIds.flatMap((id) => this.profilesById.get(id) ?? []);
  }

  async setPresence(agentId: string, presence: AgentPresence, at: Date): Promise<AgentPresence | null> {
    const profile = this.profilesById.get(agentId);
    if (!profile) return null;
    this.profilesById.set(agentId, { ...profile, presence, lastSeenAt: at });
    return profile.presence;
  }

  async reserve(request: ReservationRequest): Promise<Reservation> {
    const held = this.holders.get(request.ticketId);
    if (held) return { kind: 'existing', agentId: held.agentId };
    const options = request.candidates.flatMap((agentId) => {
      const profile = this.profilesById.get(agentId);
      if (profile?.presence !== AgentPresence.ONLINE) return [];
      const capacity = profile.capacity[request.channel] ?? profile.capacity[ANY_CHANNEL] ?? 0;
      const load = this.loadOf(agentId).get(request.channel) ?? 0;
      return [{ agentId, load, capacity, lastAssignedAt: this.lastAssignedAt.get(agentId) ?? 0 }];
    });
    const chosen = pickAgent(options, request.strategy);
    if (!chosen) return { kind: 'none' };
    const loads = this.loadOf(chosen.agentId);
    loads.set(request.channel, chosen.load + 1);
    this.holders.set(request.ticketId, { agentId: chosen.agentId, channel: request.channel });
    this.lastAssignedAt.set(chosen.agentId, request.at.getTime());
    this.queues.get(request.teamId)?.delete(request.ticketId);
    return { kind: 'reserved', agentId: chosen.agentId, load: chosen.load + 1, capacity: chosen.capacity };
  }

  async release(ticketId: string): Promise<string | null> {
    const held = this.holders.get(ticketId);
    if (!held) return null;
    this.holders.delete(ticketId);
    const loads = this.loadOf(held.agentId);
    loads.set(held.channel, Math.max(0, (loads.get(held.channel) ?? 0) - 1));
    return held.agentId;
  }

  async holder(ticketId: string): Promise<string | null> {
    return this.holders.get(ticketId)?.agentId ?? null;
  }

  async heldBy(agentId: string): Promise<string[]> {
    return [...this.holders].filter(([, held]) => held.agentId === agentId).map(([ticketId]) => ticketId);
  }

  async load(agentId: string): Promise<Record<string, number>> {
    return Object.fromEntries(this.loadOf(agentId));
  }

  async enqueue(teamId: string, ticketId: string, score: number): Promise<void> {
    const queue = this.queues.get(teamId) ?? new Map<string, number>();
    this.queues.set(teamId, queue);
    queue.set(ticketId, score);
  }

  async queued(teamId: string, limit: number): Promise<string[]> {
    const queue = [...(this.queues.get(teamId) ?? new Map<string, number>())];
    return queue.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([ticketId]) => ticketId);
  }

  async dequeue(teamId: string, ticketId: string): Promise<void> {
    this.queues.get(teamId)?.delete(ticketId);
  }

  async setRouting(ticketId: string, routing: TicketRouting): Promise<void> {
    this.routings.set(ticketId, routing);
  }

  async routing(ticketId: string): Promise<TicketRouting | null> {
    return this.routings.get(ticketId) ?? null;
  }

  async setStrategy(teamId: string, strategy: RoutingStrategy): Promise<void> {
    this.strategies.set(teamId, strategy);
  }

  async strategy(teamId: string): Promise<RoutingStrategy | null> {
    return this.strategies.get(teamId) ?? null;
  }

  async close(): Promise<void> {}

  private loadOf(agentId: string): Map<string, number> {
    const loads = this.loads.get(agentId) ?? new Map<string, number>();
    this.loads.set(agentId, loads);
    return loads;
  }
}
