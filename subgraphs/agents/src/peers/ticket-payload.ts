import type { PeerTicket } from './tickets-api.js';

/** The tickets subgraph's answer to the ticket query the agents send. */
export interface TicketPayload {
  readonly id: string;
  readonly number: string;
  readonly subject: string;
  readonly description: string;
  readonly status: string;
  readonly priority: string;
  readonly channel: string;
  readonly tags: string[];
  readonly version: number;
  readonly customer: { readonly id: string; readonly tier: string; readonly name: string | null };
  readonly messages: { readonly authorRole: PeerTicket['messages'][number]['authorRole']; readonly body: string; readonly internal: boolean; readonly createdAt: string }[];
}

/** Maps the GraphQL answer onto the agents' ticket shape. */
export function formatTicketForAgents(payload: TicketPayload): PeerTicket {
  const { customer, ...ticket } = payload;
  return { ...ticket, customer: { id: customer.id, tier: customer.tier, ...(customer.name ? { name: customer.name } : {}) } };
}
