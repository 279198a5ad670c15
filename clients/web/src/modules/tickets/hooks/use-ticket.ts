import { useLiveQuery } from '../../live/hooks/use-live-query';
import { TicketEvents } from '../../live/live-operations';
import { TicketDetail } from '../ticket-operations';

/** One ticket with its conversation and AI findings, kept current. */
export function useTicket(id: string) {
  return useLiveQuery(TicketDetail, { id }, { document: TicketEvents, variables: { filter: { ticketId: id } } });
}
