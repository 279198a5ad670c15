import { formatTicketForAgents, type TicketPayload } from '../ticket-payload.js';
import type { PeerClient } from '@support-graph/runtime';
import type { PeerTicket, PipelineTicketStatus, TicketsApi } from '../tickets-api.js';

const GET_TICKET = `query AgentsTicket($id: ID!) {
  ticket(id: $id) {
    id number subject description status priority channel tags version
    customer { id tier name }
    messages { authorRole body internal createdAt }
  }
}`;
const ADD_MESSAGE = `mutation AgentsAddMessage($id: ID!, $body: String!) { addMessage(ticketId: $id, input: { body: $body }) { id } }`;
const CHANGE_STATUS = `mutation AgentsChangeStatus($id: ID!, $status: TicketStatus!) { changeTicketStatus(id: $id, status: $status) { id } }`;

/** TicketsApi over the tickets subgraph's GraphQL API, as the `service` identity (its messages are authored AI). */
export class GraphQLTicketsApi implements TicketsApi {
  constructor(private readonly client: PeerClient) {}

  async getTicket(id: string): Promise<PeerTicket | null> {
    const data = await this.client.request<{ ticket: TicketPayload | null }>(GET_TICKET, { id });
    return data.ticket ? formatTicketForAgents(data.ticket) : null;
  }

  async addMessage(id: string, body: string): Promise<void> {
    await this.client.request(ADD_MESSAGE, { id, body });
  }

  async changeStatus(id: string, status: PipelineTicketStatus): Promise<void> {
    await this.client.request(CHANGE_STATUS, { id, status });
  }
}
