import { useLiveQuery } from '../../live/hooks/use-live-query';
import { TicketEvents } from '../../live/live-operations';
import { QueueTickets } from '../ticket-operations';
import type { TicketFilter } from '../ticket-types';

export const QUEUE_SIZE = 50;

/** The queue for a filter, kept current (new tickets appear without a reload). */
export function useQueue(filter: TicketFilter) {
  return useLiveQuery(QueueTickets, { filter, first: QUEUE_SIZE }, { document: TicketEvents, variables: {} });
}
