import { startDurableConsumer, type DomainEvent, type DurableConsumer, type DurableEventStream, type Logger } from '@support-graph/runtime';
import { TicketEventType, type TicketUpdatedPayload } from '@support-graph/tickets/events';
import type { TicketSimilarityService } from '../services/ticket-similarity-service.js';
import type { TicketInput } from '../tickets/ticket-knowledge.js';
import type { TicketTextSource } from './ticket-text-source.js';

/** The ticket events this subgraph reads, from the tickets subgraph's event contract. */
const TICKET_CREATED = TicketEventType.Created;
const TICKET_UPDATED = TicketEventType.Updated;

/** This consumer's cursor in the durable stream. Renaming it would index every retained event again. */
export const TICKET_INDEX_GROUP = 'knowledge.ticket-index';

/** Only these changes alter what similarity is computed from. */
const INDEXED_FIELDS = new Set(['subject', 'description']);

export interface TicketEventConsumerOptions {
  /** Most events indexed per batch. Default 64. */
  readonly maxBatch?: number;
}

/**
 * Keeps the similar-tickets index current from the durable event stream (its own consumer group),
 * so a crash or a Redis restart between "ticket saved" and "ticket indexed" loses nothing: a batch
 * is acknowledged only after it is indexed. Events carry no customer text, so the current subject
 * and description of each new or re-worded ticket are read from the tickets subgraph.
 * Indexing is an upsert, so a batch read twice (crash before acknowledging) is harmless. A ticket
 * whose text is rejected is logged and left out; a failure of the index or of the tickets subgraph
 * fails the batch, which the consumer retries with back-off.
 *
 * Batches keep a burst cheap: one index write per batch, the service yielding between tickets.
 */
export function consumeTicketEvents(
  stream: DurableEventStream,
  similarity: TicketSimilarityService,
  tickets: TicketTextSource,
  logger: Logger,
  options: TicketEventConsumerOptions = {},
): DurableConsumer {
  /** The tickets of a batch whose text must be (re)indexed: new ones, and those whose subject or description changed. */
  const ticketIdsOf = (events: readonly DomainEvent[]): string[] => {
    const ids = new Set<string>();
    for (const event of events) {
      if (event.type === TICKET_CREATED) ids.add(event.aggregateId);
      else if (event.type === TICKET_UPDATED && (event.payload as TicketUpdatedPayload).changes.some((change) => INDEXED_FIELDS.has(change.field))) ids.add(event.aggregateId);
    }
    return [...ids];
  };
  /** Current text of each ticket (events carry no customer text); a ticket gone meanwhile (erased) is left out. */
  const ticketsOf = async (ids: readonly string[]): Promise<TicketInput[]> => {
    const read = await Promise.all(ids.map(async (ticketId) => ({ ticketId, ticket: await tickets.ticketText(ticketId) })));
    for (const { ticketId, ticket } of read) if (!ticket) logger.warn({ ticketId }, 'ticket not found; not indexed for similar tickets');
    return read.flatMap(({ ticket }) => (ticket ? [ticket] : []));
  };

  return startDurableConsumer({
    stream,
    group: TICKET_INDEX_GROUP,
    types: [TICKET_CREATED, TICKET_UPDATED],
    logger,
    batchSize: options.maxBatch ?? 64,
    handler: async (events) => {
      const batch = await ticketsOf(ticketIdsOf(events));
      if (batch.length === 0) return;
      for (const { ticket, error } of await similarity.indexTickets(batch)) {
        logger.error({ err: error, ticketId: ticket.id }, 'ticket not indexed for similar tickets');
      }
    },
  });
}
