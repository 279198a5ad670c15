import type { AgentTicket } from '@support-graph/support-agents';

/** The statuses the pipeline moves tickets to. */
export type PipelineTicketStatus = 'OPEN' | 'PENDING_CUSTOMER' | 'ESCALATED';

/** A ticket as the agents see it, plus what the pipeline decides on. */
export interface PeerTicket extends AgentTicket {
  readonly version: number;
}

/** What the agents subgraph needs of the tickets subgraph; the adapter calls its public GraphQL API. */
export interface TicketsApi {
  /** Null when there is no such ticket. */
  getTicket(id: string): Promise<PeerTicket | null>;
  /** Posts a public message on the ticket as the AI. */
  addMessage(id: string, body: string): Promise<void>;
  changeStatus(id: string, status: PipelineTicketStatus): Promise<void>;
}
