import { PeerRequestError, type PeerClient } from '@support-graph/runtime';
import type { TicketInput } from '../tickets/ticket-knowledge.js';

/** Where the consumer reads a ticket's current subject and description (events carry no customer text). */
export interface TicketTextSource {
  /** Null when the ticket does not exist (any longer). */
  ticketText(ticketId: string): Promise<TicketInput | null>;
}

const TICKET_TEXT = 'query KnowledgeTicketText($id: ID!) { ticket(id: $id) { id subject description status } }';

/**
 * Reads tickets through the tickets subgraph's public GraphQL API with a signed `service`
 * identity, as any peer would (no service imports another's internals).
 */
export class TicketsSubgraphTextSource implements TicketTextSource {
  constructor(private readonly tickets: PeerClient) {}

  async ticketText(ticketId: string): Promise<TicketInput | null> {
    try {
      const data = await this.tickets.request<{ ticket: TicketInput | null }>(TICKET_TEXT, { id: ticketId });
      return data.ticket;
    } catch (error) {
      if (error instanceof PeerRequestError && error.codes.includes('NOT_FOUND')) return null;
      throw error;
    }
  }
}
