import { deduplicating, type DomainEvent, type EventBus, type Logger } from '@support-graph/runtime';
import type { TicketInput } from '../tickets/ticket-knowledge.js';
import { isTicketEvent, TICKET_EVENT_PREFIX, TicketEventType } from '@support-graph/tickets/events';
import type { TicketSimilarityService } from '../services/ticket-similarity-service.js';
import type { TicketTextSource } from './ticket-text-source.js';

/** Only these changes alter what similarity is computed from. */
const INDEXED_FIELDS = new Set(['subject', 'description']);

export interface TicketEventConsumer {
  /** Stops listening, indexes what was already received, and waits for it, so the engine can close safely after. */
  stop(): Promise<void>;
}

export interface TicketEventConsumerOptions {
  /** How long new tickets are collected before a batch is indexed. Default 25 ms. */
  readonly batchWindowMs?: number;
  /** Most tickets indexed per batch. Default 64. */
  readonly maxBatch?: number;
}

/**
 * Keeps the similar-tickets index current: `ticket.created` carries subject and description;
 * `ticket.updated` names changed fields only, so the current text is read from the tickets
 * subgraph. Events arrive at least once (outbox), hence `deduplicating()`; a failed ticket is
 * logged and the next change of that ticket indexes it again.
 *
 * Indexing is off the request path: tickets are collected for `batchWindowMs` and indexed in
 * batches (one index write per batch; the similarity service yields to the event loop between tickets), so a
 * burst of new tickets costs requests a few short slices of the event loop, not one long one.
 */
export async function consumeTicketEvents(
  bus: EventBus,
  similarity: TicketSimilarityService,
  tickets: TicketTextSource,
  logger: Logger,
  options: TicketEventConsumerOptions = {},
): Promise<TicketEventConsumer> {
  const batchWindowMs = options.batchWindowMs ?? 25;
  const maxBatch = options.maxBatch ?? 64;
  /** Latest text per ticket, waiting to be indexed (a later event for the same ticket replaces it). */
  const pending = new Map<string, TicketInput>();
  const fetching = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const indexBatch = async (): Promise<void> => {
    const batch: TicketInput[] = [];
    for (const [id, ticket] of pending) {
      pending.delete(id);
      batch.push(ticket);
      if (batch.length >= maxBatch) break;
    }
    try {
      for (const { ticket, error } of await similarity.indexTickets(batch)) {
        logger.error({ err: error, ticketId: ticket.id }, 'ticket not indexed for similar tickets');
      }
    } catch (error) {
      logger.error({ err: error, ticketIds: batch.map((ticket) => ticket.id) }, 'tickets not indexed for similar tickets');
    }
  };
  const run = (): void => {
    timer = undefined;
    if (running || pending.size === 0) return;
    running = indexBatch().finally(() => {
      running = undefined;
      // A backlog is worked off batch after batch, each after a turn of the event loop.
      if (pending.size > 0) setImmediate(run);
    });
  };
  const enqueue = (ticket: TicketInput): void => {
    pending.delete(ticket.id);
    pending.set(ticket.id, ticket);
    if (!timer && !running) timer = setTimeout(run, batchWindowMs);
  };

  const handle = async (event: DomainEvent): Promise<void> => {
    if (isTicketEvent(event, TicketEventType.Created)) {
      const { ticketId, subject, description, status } = event.payload;
      enqueue({ id: ticketId, subject, description, status });
    } else if (isTicketEvent(event, TicketEventType.Updated)) {
      const { ticketId, changes } = event.payload;
      if (!changes.some((change) => INDEXED_FIELDS.has(change.field))) return;
      const read = tickets.ticketText(ticketId).then((ticket) => {
        if (ticket) enqueue(ticket);
        else logger.warn({ ticketId }, 'updated ticket not found; similar-tickets index not refreshed');
      });
      const tracked = read.finally(() => fetching.delete(tracked));
      fetching.add(tracked);
      await read;
    }
  };
  const unsubscribe = await bus.subscribe(TICKET_EVENT_PREFIX, deduplicating(handle));
  return {
    async stop() {
      await unsubscribe();
      await Promise.allSettled([...fetching]);
      if (timer) clearTimeout(timer);
      timer = undefined;
      while (running || pending.size > 0) {
        if (running) await running;
        else run();
      }
    },
  };
}
