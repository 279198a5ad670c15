import type { AgentPresence, AgentProfile, Reservation, ReservationRequest, RoutingStrategy, TicketRouting } from '../routing-records.js';

/**
 * The shared routing state every router replica works against: profiles, who holds which ticket,
 * each agent's load per channel and the teams' queues. `reserve` and `release` are atomic (a Lua
 * script on Redis, one `begin immediate` transaction on SQLite): two routers can never give one ticket
 * to two agents, and two tickets can never take an agent over capacity.
 * Adapters: SQLite (the embedded mode, kept across restarts) and Redis (replicas).
 */
export interface AgentRoster {
  saveProfile(profile: AgentProfile): Promise<void>;
  profile(agentId: string): Promise<AgentProfile | null>;
  profiles(agentIds: readonly string[]): Promise<AgentProfile[]>;
  /** Sets the presence (and last seen); returns the presence before, or null when the agent has no profile. */
  setPresence(agentId: string, presence: AgentPresence, at: Date): Promise<AgentPresence | null>;
  /**
   * Picks an ONLINE candidate with spare capacity on the ticket's channel by the strategy, records the
   * ticket as theirs, counts it in their load and takes it off the team's queue, all at once. A ticket
   * that already has an agent keeps them (`existing`).
   */
  reserve(request: ReservationRequest): Promise<Reservation>;
  /** Frees the ticket's place in its agent's load; returns that agent, or null when nobody held it. */
  release(ticketId: string): Promise<string | null>;
  holder(ticketId: string): Promise<string | null>;
  /** Ticket ids the agent holds. */
  heldBy(agentId: string): Promise<string[]>;
  /** Open tickets the agent holds, per channel. */
  load(agentId: string): Promise<Record<string, number>>;
  /** Puts the ticket in the team's queue; a lower score is served first. Idempotent. */
  enqueue(teamId: string, ticketId: string, score: number): Promise<void>;
  /** The first `limit` queued tickets of the team, in serving order. */
  queued(teamId: string, limit: number): Promise<string[]>;
  dequeue(teamId: string, ticketId: string): Promise<void>;
  /** The team a ticket was routed to, and why it is where it is. */
  setRouting(ticketId: string, routing: TicketRouting): Promise<void>;
  routing(ticketId: string): Promise<TicketRouting | null>;
  setStrategy(teamId: string, strategy: RoutingStrategy): Promise<void>;
  strategy(teamId: string): Promise<RoutingStrategy | null>;
  close(): Promise<void>;
}
