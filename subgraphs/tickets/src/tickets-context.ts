import DataLoader from 'dataloader';
import type { Identity, SubgraphContext } from '@support-graph/runtime';
import type { DirectoryService } from './directory/directory-service.js';
import type { UserRecord } from './directory/store/directory-records.js';
import type { TicketService } from './services/ticket-service.js';
import type { CustomerRecord, TicketRecord } from './store/ticket-records.js';

/** Per-request context of the tickets subgraph: the verified identity and batched loaders. */
export interface TicketsContext extends SubgraphContext {
  readonly service: TicketService;
  readonly directory: DirectoryService;
  readonly users: DataLoader<string, UserRecord | null>;
  readonly tickets: DataLoader<string, TicketRecord | null>;
  readonly customers: DataLoader<string, CustomerRecord | null>;
}

export function createTicketsContext(service: TicketService, directory: DirectoryService, identity: Identity): TicketsContext {
  return {
    identity,
    service,
    directory,
    users: new DataLoader(async (ids) => {
      const byId = new Map((await directory.usersByIds(ids)).map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    // One query for all `_entities` references (and all Ticket.customer fields) of a request.
    tickets: new DataLoader((ids) => service.getTicketsByIds(identity, ids)),
    customers: new DataLoader((ids) => service.getCustomersByIds(identity, ids)),
  };
}
