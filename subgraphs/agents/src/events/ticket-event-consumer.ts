import { deduplicating, type DomainEvent, type EventBus, type JobQueue, type Unsubscribe } from '@support-graph/runtime';
import { pipelineJobKey, type TicketPipelineJob } from '../pipeline/ticket-pipeline-job.js';

/** The tickets subgraph's event types this subgraph reacts to (see its ticket-events.ts). */
const TICKET_CREATED = 'ticket.created';
const MESSAGE_ADDED = 'ticket.message_added';

interface MessageAddedPayload {
  readonly ticketId: string;
  readonly authorRole: string;
  readonly internal: boolean;
}

/** A new ticket, or a public message from its customer: the conversation changed in a way agents judge. */
function startsPipeline(event: DomainEvent): boolean {
  if (event.type === TICKET_CREATED) return true;
  if (event.type !== MESSAGE_ADDED) return false;
  const payload = event.payload as MessageAddedPayload;
  return payload.authorRole === 'CUSTOMER' && !payload.internal;
}

/**
 * Turns ticket events from the bus into durable pipeline jobs. The bus only carries the news; the
 * queue holds the work, so a burst waits instead of being dropped and a crash loses nothing queued.
 */
export function consumeTicketEvents(bus: EventBus, queue: JobQueue<TicketPipelineJob>): Promise<Unsubscribe> {
  return bus.subscribe(
    'ticket.',
    deduplicating(async (event) => {
      if (!startsPipeline(event)) return;
      await queue.enqueue(pipelineJobKey(event.id), { eventId: event.id, ticketId: event.aggregateId, trigger: event.type });
    }),
  );
}
