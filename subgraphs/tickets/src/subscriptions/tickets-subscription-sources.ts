import type { SubscriptionSource } from '@support-graph/runtime';
import { queueSource } from './sources/queue-source.js';
import { ticketEventsSource } from './sources/ticket-events-source.js';

/** `ticketEvents` and `queue`, served by the gateway's bridge from this subgraph's `ticket.*` events. */
export async function ticketsSubscriptionSources(): Promise<readonly SubscriptionSource[]> {
  return [ticketEventsSource, queueSource];
}
