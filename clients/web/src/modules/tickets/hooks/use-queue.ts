import { useLiveQuery } from '../../live/hooks/use-live-query';
import { TicketEvents } from '../../live/live-operations';
import { QueueTickets } from '../ticket-operations';
import type { TicketFilter } from '../ticket-types';

export const QUEUE_SIZE = 50;

/** One page of the queue for a filter (`after` is the cursor the previous page ended on), kept current. */
export function useQueue(filter: TicketFilter, after: string | null) {
  return useLiveQuery(QueueTickets, { filter, first: QUEUE_SIZE, after }, { document: TicketEvents, variables: {} });
}
