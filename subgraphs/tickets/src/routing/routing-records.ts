/** Whether an agent takes new work: only ONLINE agents are assigned tickets. */
export const AgentPresence = { ONLINE: 'ONLINE', AWAY: 'AWAY', OFFLINE: 'OFFLINE' } as const;
export type AgentPresence = (typeof AgentPresence)[keyof typeof AgentPresence];

/** How a team's tickets find an agent. */
export const RoutingStrategy = {
  /** Nobody is assigned automatically: a lead assigns from the queue. */
  MANUAL: 'MANUAL',
  /** The available agent who was assigned least recently, whatever their load. */
  ROUND_ROBIN: 'ROUND_ROBIN',
  /** The available agent with the lowest share of their capacity in use; ties go to the one idle longest. */
  LOAD_BASED: 'LOAD_BASED',
} as const;
export type RoutingStrategy = (typeof RoutingStrategy)[keyof typeof RoutingStrategy];

/** What an agent can handle; an empty list means "any". */
export interface AgentSkills {
  readonly categories: readonly string[];
  readonly languages: readonly string[];
  /** Customer tiers (STANDARD, PREMIUM, VIP). */
  readonly tiers: readonly string[];
}

/** `*` is the capacity of every channel without a limit of its own. */
export const ANY_CHANNEL = '*';

/** An agent's routing profile: presence, capacity per channel and skills. */
export interface AgentProfile {
  readonly agentId: string;
  readonly presence: AgentPresence;
  /** Open tickets at once, per channel (`WEB`, `EMAIL`…) and `*` for the others. */
  readonly capacity: Readonly<Record<string, number>>;
  readonly skills: AgentSkills;
  /** Last time the agent's console reported activity (auto-away counts from here). */
  readonly lastSeenAt: Date;
}

/** The outcome of one reservation attempt. */
export type Reservation =
  | { readonly kind: 'reserved'; readonly agentId: string; readonly load: number; readonly capacity: number }
  /** The ticket already had an agent (another router got there first, or a retry): nothing changed. */
  | { readonly kind: 'existing'; readonly agentId: string }
  | { readonly kind: 'none' };

export interface ReservationRequest {
  readonly ticketId: string;
  readonly teamId: string;
  readonly channel: string;
  readonly strategy: RoutingStrategy;
  /** Agents of the team with the skills the ticket needs, in no particular order. */
  readonly candidates: readonly string[];
  readonly at: Date;
}

/** Where a ticket was routed and why it is where it is now (`Ticket.assignmentReason`). */
export interface TicketRouting {
  readonly teamId: string;
  /** The customer's language, when the router was told it (a skill to match). */
  readonly language: string | null;
  readonly reason: string;
}
