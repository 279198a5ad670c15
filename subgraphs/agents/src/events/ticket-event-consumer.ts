import { deduplicating, type DomainEvent, type EventBus, type JobQueue, type Unsubscribe } from '@support-graph/runtime';
import { isTicketEvent, TICKET_EVENT_PREFIX, TicketEventType } from '@support-graph/tickets/events';
import { pipelineJobKey, type TicketPipelineJob } from '../pipeline/ticket-pipeline-job.js';

/** A new ticket, or a public message from its customer: the conversation changed in a way agents judge. */
function startsPipeline(event: DomainEvent): boolean {
  if (isTicketEvent(event, TicketEventType.Created)) return true;
  if (!isTicketEvent(event, TicketEventType.MessageAdded)) return false;
  return event.payload.authorRole === 'CUSTOMER' && !event.payload.internal;
}

/**
 * Turns ticket events from the bus into durable pipeline jobs. The bus only carries the news; the
 * queue holds the work, so a burst waits instead of being dropped and a crash loses nothing queued.
 */
export function consumeTicketEvents(bus: EventBus, queue: JobQueue<TicketPipelineJob>): Promise<Unsubscribe> {
  return bus.subscribe(
    TICKET_EVENT_PREFIX,
    deduplicating(async (event) => {
      if (!startsPipeline(event)) return;
      await queue.enqueue(pipelineJobKey(event.id), { eventId: event.id, ticketId: event.aggregateId, trigger: event.type });
    }),
  );
}
