import { PeerRequestError, type PeerClient } from '@support-graph/runtime';
import type { TicketText, TicketTexts } from '../history-filter.js';

const TICKET_TEXT = `query PlaygroundHistoryTicket($id: ID!) {
  ticket(id: $id) { id subject description customer { name } messages { authorRole internal body } }
}`;

interface TicketData {
  id: string;
  subject: string;
  description: string;
  customer: { name: string | null } | null;
  messages: { authorRole: string; internal: boolean; body: string }[];
}

/** Ticket text from the tickets subgraph, asked as the feedback subgraph's `service` identity. */
export class GraphQLTicketTexts implements TicketTexts {
  constructor(private readonly tickets: PeerClient) {}

  async ticketText(ticketId: string): Promise<TicketText | null> {
    try {
      const { ticket } = await this.tickets.request<{ ticket: TicketData | null }>(TICKET_TEXT, { id: ticketId });
      if (!ticket) return null;
      return { id: ticket.id, subject: ticket.subject, description: ticket.description, customerName: ticket.customer?.name ?? null, messages: ticket.messages };
    } catch (error) {
      if (error instanceof PeerRequestError && error.codes.includes('NOT_FOUND')) return null;
      throw error;
    }
  }
}
