import type { ResolvedConversation } from './finetune-records.js';

/** The statuses whose conversations are finished: what an export learns from. */
export const FINISHED_STATUSES = ['RESOLVED', 'CLOSED'] as const;
/** Small pages: each ticket brings its whole conversation, and the gateway limits an operation's cost. */
const PAGE = 25;

const page = (withSatisfaction: boolean) => `query($after: String) {
  tickets(first: ${PAGE}, after: $after, filter: { status: [${FINISHED_STATUSES.join(', ')}] }) {
    pageInfo { hasNextPage endCursor }
    edges { node { id subject description category createdAt resolvedAt customer { name }
      messages { authorRole body internal }${withSatisfaction ? ' satisfaction { score }' : ''} } }
  }
}`;

interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

type TicketNode = Omit<ResolvedConversation, 'customerName' | 'satisfaction'> & { customer: { name: string | null } | null; satisfaction?: { score: number | null } | null };

/** Reads finished conversations through the gateway, as an admin would: CSAT comes from whichever subgraph serves it. */
export class GatewayConversations {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  /**
   * Whether the platform serves `Ticket.satisfaction` (the feedback subgraph): asked by validating
   * a query that selects it, so it works whether or not introspection is open.
   */
  async servesSatisfaction(): Promise<boolean> {
    const result = await this.request<unknown>('{ tickets(first: 1) { edges { node { satisfaction { score } } } } }', {});
    if (!result.errors) return true;
    if (result.errors.every((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')) return false;
    throw new Error(`the gateway refused the probe: ${result.errors.map((error) => error.message).join('; ')}`);
  }

  async *finished(withSatisfaction: boolean): AsyncGenerator<ResolvedConversation> {
    let after: string | null = null;
    do {
      const result: GraphQLResult<{ tickets: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: TicketNode }[] } }> = await this.request(
        page(withSatisfaction),
        { after },
      );
      if (result.errors || !result.data) throw new Error(`the gateway answered: ${(result.errors ?? []).map((error) => error.message).join('; ')}`);
      for (const { node } of result.data.tickets.edges) {
        const { customer, satisfaction, ...ticket } = node;
        yield { ...ticket, customerName: customer?.name ?? null, satisfaction: satisfaction?.score ?? null };
      }
      after = result.data.tickets.pageInfo.hasNextPage ? result.data.tickets.pageInfo.endCursor : null;
    } while (after);
  }

  private async request<T>(query: string, variables: Record<string, unknown>): Promise<GraphQLResult<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
    });
    if (!response.ok && response.status !== 400) throw new Error(`the gateway at ${this.url} answered HTTP ${response.status}`);
    return (await response.json()) as GraphQLResult<T>;
  }
}
