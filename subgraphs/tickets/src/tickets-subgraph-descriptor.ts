import type { SubgraphDescriptor } from '@support-graph/runtime';
import { startTicketsSubgraph } from './start-tickets-subgraph.js';
import { ticketsSubscriptionSources } from './subscriptions/tickets-subscription-sources.js';
import { buildTicketsSchema } from './tickets-schema.js';

/** Tickets, customers and the directory; it orchestrates customer export and erasure, so it takes no part as a peer. */
export const ticketsSubgraph: SubgraphDescriptor = {
  name: 'tickets',
  defaultPort: 4001,
  buildSchema: buildTicketsSchema,
  start: startTicketsSubgraph,
  subscriptionSources: ticketsSubscriptionSources,
};
