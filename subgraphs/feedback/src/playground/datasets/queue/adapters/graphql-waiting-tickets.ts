import type { PeerClient } from '@support-graph/runtime';
import type { TicketPriority, WaitingStatus, WaitingTicketPage, WaitingTickets } from '../queue-filter.js';

/** The tickets subgraph's largest page. */
const PAGE_SIZE = 100;

const WAITING = `query PlaygroundQueueTickets($first: Int!, $after: String, $filter: TicketFilter) {
  tickets(first: $first, after: $after, filter: $filter) {
    edges { node { id subject description category customer { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface WaitingData {
  tickets: {
    edges: { node: { id: string; subject: string; description: string; category: string | null; customer: { name: string | null } | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Waiting tickets from the tickets subgraph's `tickets` list, asked as the feedback subgraph's `service` identity. */
export class GraphQLWaitingTickets implements WaitingTickets {
  constructor(private readonly tickets: PeerClient) {}

  async page(filter: { status: readonly WaitingStatus[]; priority?: readonly TicketPriority[] }, after: string | null): Promise<WaitingTicketPage> {
    const { tickets } = await this.tickets.request<WaitingData>(WAITING, { first: PAGE_SIZE, after, filter });
    return {
      tickets: tickets.edges.map(({ node }) => ({ id: node.id, subject: node.subject, description: node.description, category: node.category, customerName: node.customer?.name ?? null })),
      next: tickets.pageInfo.hasNextPage ? tickets.pageInfo.endCursor : null,
    };
  }
}
