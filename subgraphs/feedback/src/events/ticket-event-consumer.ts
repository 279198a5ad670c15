import { startDurableConsumer, type DurableConsumer, type DurableEventStream, type Logger } from '@support-graph/runtime';
import { TICKET_EVENT_PREFIX } from '@support-graph/tickets/events';
import type { TicketFacts } from '../analytics/ticket-facts.js';

/** This consumer's cursor in the durable stream. Renaming it would start over from the oldest retained event. */
export const TICKET_FACTS_GROUP = 'feedback.ticket-facts';

/**
 * Keeps ticket facts (and so the rollup cube) current from the tickets subgraph's durable events:
 * each ticket named in a batch is refreshed once. A batch is acknowledged only after its refreshes,
 * so a crash re-reads it, and a refresh is idempotent.
 */
export function consumeTicketEvents(stream: DurableEventStream, facts: TicketFacts, logger: Logger): DurableConsumer {
  return startDurableConsumer({
    stream,
    group: TICKET_FACTS_GROUP,
    types: [TICKET_EVENT_PREFIX],
    logger,
    handler: async (events) => {
      for (const ticketId of new Set(events.map((event) => event.aggregateId))) await facts.refresh(ticketId);
    },
  });
}
