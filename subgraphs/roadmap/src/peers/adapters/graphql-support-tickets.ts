import type { PeerClient } from '@support-graph/runtime';
import type { LinkedTicket, SupportTickets } from '../support-tickets.js';

const GET_TICKET = `query RoadmapTicket($id: ID!) {
  ticket(id: $id) { id number subject description customer { id tier } messages { authorRole body internal } }
}`;
const TICKET_INSIGHTS = `query RoadmapTicketInsights($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Ticket { language { code } sentiment { label } missingInformation { missing { question } } }
  }
}`;
const ADD_MESSAGE = `mutation RoadmapAddMessage($id: ID!, $input: AddMessageInput!) { addMessage(ticketId: $id, input: $input) { id } }`;

interface TicketPayload {
  id: string;
  number: number;
  subject: string;
  description: string;
  customer: { id: string; tier: string };
  messages: { authorRole: string; body: string; internal: boolean }[];
}

interface InsightsPayload {
  language: { code: string } | null;
  sentiment: { label: string } | null;
  missingInformation: { missing: { question: string }[] } | null;
}

/** SupportTickets over the tickets subgraph (the ticket) and the agents subgraph (language, sentiment, missing information). */
export class GraphQLSupportTickets implements SupportTickets {
  constructor(
    private readonly tickets: PeerClient,
    /** Absent when the agents subgraph is not part of the platform: English, no sentiment. */
    private readonly agents: PeerClient | undefined,
  ) {}

  async getTicket(id: string): Promise<LinkedTicket | null> {
    const { ticket } = await this.tickets.request<{ ticket: TicketPayload | null }>(GET_TICKET, { id });
    if (!ticket) return null;
    const insights = this.agents
      ? (await this.agents.request<{ _entities: (InsightsPayload | null)[] }>(TICKET_INSIGHTS, { representations: [{ __typename: 'Ticket', id }] }))._entities[0]
      : null;
    const code = insights?.language?.code;
    return {
      id: ticket.id,
      number: ticket.number,
      subject: ticket.subject,
      description: ticket.description,
      customerId: ticket.customer.id,
      customerTier: ticket.customer.tier,
      customerMessages: ticket.messages.filter((message) => message.authorRole === 'customer' && !message.internal).map((message) => message.body),
      language: code && code !== 'und' ? code : 'en',
      sentiment: insights?.sentiment?.label ?? null,
      missingInformation: insights?.missingInformation?.missing.map((item) => item.question) ?? [],
    };
  }

  async addInternalNote(ticketId: string, body: string): Promise<void> {
    await this.tickets.request(ADD_MESSAGE, { id: ticketId, input: { body, internal: true } });
  }

  async addCustomerMessage(ticketId: string, body: string): Promise<void> {
    await this.tickets.request(ADD_MESSAGE, { id: ticketId, input: { body } });
  }
}
