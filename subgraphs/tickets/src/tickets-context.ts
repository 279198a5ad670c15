import DataLoader from 'dataloader';
import type { Identity, SubgraphContext } from '@support-graph/runtime';
import type { TicketService } from './services/ticket-service.js';
import type { CustomerRecord, TicketRecord } from './store/ticket-records.js';

/** Per-request context of the tickets subgraph: the verified identity and batched loaders. */
export interface TicketsContext extends SubgraphContext {
  readonly service: TicketService;
  readonly tickets: DataLoader<string, TicketRecord | null>;
  readonly customers: DataLoader<string, CustomerRecord | null>;
}

export function createTicketsContext(service: TicketService, identity: Identity): TicketsContext {
  return {
    identity,
    service,
    // One query for all `_entities` references (and all Ticket.customer fields) of a request.
    tickets: new DataLoader((ids) => service.getTicketsByIds(identity, ids)),
    customers: new DataLoader((ids) => service.getCustomersByIds(identity, ids)),
  };
}
