import { startDurableConsumer, type DomainEvent, type DurableConsumer, type DurableEventStream, type Logger } from '@support-graph/runtime';
import type { KnowledgeService } from '../knowledge-service.js';
import type { TicketInput } from '../knowledge-service-types.js';
import type { TicketTextSource } from './ticket-text-source.js';

/** The ticket events this subgraph reads; payloads as the tickets subgraph publishes them (ticket-events.ts there). */
const TICKET_CREATED = 'ticket.created';
const TICKET_UPDATED = 'ticket.updated';

/** This consumer's cursor in the durable stream. Renaming it would index every retained event again. */
export const TICKET_INDEX_GROUP = 'knowledge.ticket-index';

interface TicketCreatedPayload {
  readonly ticketId: string;
  readonly subject: string;
  readonly description: string;
  readonly status: string;
}

interface TicketUpdatedPayload {
  readonly ticketId: string;
  readonly changes: readonly { readonly field: string }[];
}

/** Only these changes alter what similarity is computed from. */
const INDEXED_FIELDS = new Set(['subject', 'description']);

export interface TicketEventConsumerOptions {
  /** Most events indexed per batch. Default 64. */
  readonly maxBatch?: number;
}

/**
 * Keeps the similar-tickets index current from the durable event stream (its own consumer group),
 * so a crash or a Redis restart between "ticket saved" and "ticket indexed" loses nothing: a batch
 * is acknowledged only after it is indexed. `ticket.created` carries subject and description;
 * `ticket.updated` names changed fields only, so the current text is read from the tickets subgraph.
 * Indexing is an upsert, so a batch read twice (crash before acknowledging) is harmless. A ticket
 * whose text is rejected is logged and left out; a failure of the index or of the tickets subgraph
 * fails the batch, which the consumer retries with back-off.
 *
 * Batches keep a burst cheap: one index write per batch, the service yielding between tickets.
 */
export function consumeTicketEvents(
  stream: DurableEventStream,
  service: KnowledgeService,
  tickets: TicketTextSource,
  logger: Logger,
  options: TicketEventConsumerOptions = {},
): DurableConsumer {
  const ticketsOf = async (events: readonly DomainEvent[]): Promise<TicketInput[]> => {
    /** Latest text per ticket: a later event for the same ticket replaces an earlier one. */
    const latest = new Map<string, TicketInput>();
    for (const event of events) {
      if (event.type === TICKET_CREATED) {
        const { ticketId, subject, description, status } = event.payload as TicketCreatedPayload;
        latest.delete(ticketId);
        latest.set(ticketId, { id: ticketId, subject, description, status });
      } else if (event.type === TICKET_UPDATED) {
        const { ticketId, changes } = event.payload as TicketUpdatedPayload;
        if (!changes.some((change) => INDEXED_FIELDS.has(change.field))) continue;
        const ticket = await tickets.ticketText(ticketId);
        if (!ticket) {
          logger.warn({ ticketId }, 'updated ticket not found; similar-tickets index not refreshed');
          continue;
        }
        latest.delete(ticketId);
        latest.set(ticketId, ticket);
      }
    }
    return [...latest.values()];
  };

  return startDurableConsumer({
    stream,
    group: TICKET_INDEX_GROUP,
    types: [TICKET_CREATED, TICKET_UPDATED],
    logger,
    batchSize: options.maxBatch ?? 64,
    handler: async (events) => {
      const batch = await ticketsOf(events);
      if (batch.length === 0) return;
      for (const { ticket, error } of await service.indexTickets(batch)) {
        logger.error({ err: error, ticketId: ticket.id }, 'ticket not indexed for similar tickets');
      }
    },
  });
}
