import { IDENTITY_HEADER, signIdentityHeader, type Identity } from '@support-graph/runtime';
import type { TicketInput } from '../knowledge-service-types.js';

/** Where the consumer reads a ticket's current subject and description (events carry no customer text). */
export interface TicketTextSource {
  /** Null when the ticket does not exist (any longer). */
  ticketText(ticketId: string): Promise<TicketInput | null>;
}

/** This subgraph's own identity towards its peers. */
const KNOWLEDGE_SERVICE: Identity = { subject: 'knowledge-subgraph', role: 'service' };

const TICKET_TEXT = 'query KnowledgeTicketText($id: ID!) { ticket(id: $id) { id subject description status } }';

interface TicketTextResponse {
  data?: { ticket: TicketInput | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Reads tickets through the tickets subgraph's public GraphQL API with a signed `service`
 * identity, as any peer would (no service imports another's internals).
 */
export class TicketsSubgraphTextSource implements TicketTextSource {
  constructor(
    private readonly ticketsUrl: string,
    private readonly signingKey: Buffer,
    private readonly timeoutMs = 5_000,
  ) {}

  async ticketText(ticketId: string): Promise<TicketInput | null> {
    const response = await fetch(this.ticketsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentityHeader(KNOWLEDGE_SERVICE, this.signingKey) },
      body: JSON.stringify({ query: TICKET_TEXT, variables: { id: ticketId } }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const body = (await response.json()) as TicketTextResponse;
    if (body.errors?.some((error) => error.extensions?.code === 'NOT_FOUND')) return null;
    if (!response.ok || body.errors?.length || !body.data) {
      throw new Error(`tickets subgraph answered ${response.status}: ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`);
    }
    return body.data.ticket;
  }
}
