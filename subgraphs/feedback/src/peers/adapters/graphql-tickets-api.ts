import { createPeerClient, PeerRequestError, type Identity } from '@support-graph/runtime';
import type { SurveyTicket, TicketsApi } from '../tickets-api.js';

const SURVEY_TICKET = `query FeedbackSurveyTicket($id: ID!) { ticket(id: $id) { id number status resolvedAt customer { id } } }`;

interface Options {
  readonly url: () => string;
  readonly signingKey: Buffer;
}

/** TicketsApi over the tickets subgraph's GraphQL API, asked as the person asking (their own field rules apply). */
export class GraphQLTicketsApi implements TicketsApi {
  constructor(private readonly options: Options) {}

  async surveyTicket(identity: Identity, ticketId: string): Promise<SurveyTicket | null> {
    const client = createPeerClient({ peer: 'tickets', url: this.options.url, signingKey: this.options.signingKey, identity });
    try {
      const data = await client.request<{ ticket: { id: string; number: string; status: string; resolvedAt: string | null; customer: { id: string } } | null }>(
        SURVEY_TICKET,
        { id: ticketId },
      );
      const ticket = data.ticket;
      if (!ticket) return null;
      return { id: ticket.id, number: ticket.number, status: ticket.status, resolvedAt: ticket.resolvedAt ? new Date(ticket.resolvedAt) : null, customerId: ticket.customer.id };
    } catch (error) {
      // Someone else's ticket is NOT_FOUND at the tickets subgraph: the same answer here.
      if (error instanceof PeerRequestError && error.codes.includes('NOT_FOUND')) return null;
      throw error;
    }
  }
}
