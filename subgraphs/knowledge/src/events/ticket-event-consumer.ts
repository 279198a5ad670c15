import { deduplicating, type DomainEvent, type EventBus, type Logger } from '@support-graph/runtime';
import type { KnowledgeService } from '../knowledge-service.js';
import type { TicketTextSource } from './ticket-text-source.js';

/** The ticket events this subgraph reads; payloads as the tickets subgraph publishes them (ticket-events.ts there). */
const TICKET_CREATED = 'ticket.created';
const TICKET_UPDATED = 'ticket.updated';

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

export interface TicketEventConsumer {
  /** Stops listening and waits for the events being handled, so the engine can close safely after. */
  stop(): Promise<void>;
}

/**
 * Keeps the similar-tickets index current: `ticket.created` carries subject and description;
 * `ticket.updated` names changed fields only, so the current text is read from the tickets
 * subgraph. Events arrive at least once (outbox), hence `deduplicating()`; a failed event is
 * logged by the bus and the next change of that ticket indexes it again.
 */
export async function consumeTicketEvents(bus: EventBus, service: KnowledgeService, tickets: TicketTextSource, logger: Logger): Promise<TicketEventConsumer> {
  const inFlight = new Set<Promise<void>>();
  const handle = async (event: DomainEvent): Promise<void> => {
    if (event.type === TICKET_CREATED) {
      const { ticketId, subject, description, status } = event.payload as TicketCreatedPayload;
      await service.indexTicket({ id: ticketId, subject, description, status });
    } else if (event.type === TICKET_UPDATED) {
      const { ticketId, changes } = event.payload as TicketUpdatedPayload;
      if (!changes.some((change) => INDEXED_FIELDS.has(change.field))) return;
      const ticket = await tickets.ticketText(ticketId);
      if (ticket) await service.indexTicket(ticket);
      else logger.warn({ ticketId }, 'updated ticket not found; similar-tickets index not refreshed');
    }
  };
  const unsubscribe = await bus.subscribe(
    'ticket.',
    deduplicating((event) => {
      const work = handle(event).finally(() => inFlight.delete(work));
      inFlight.add(work);
      return work;
    }),
  );
  return {
    async stop() {
      await unsubscribe();
      await Promise.allSettled([...inFlight]);
    },
  };
}
