import { startDurableConsumer, withTraceparent, type DomainEvent, type DurableConsumer, type DurableEventStream, type Logger } from '@support-graph/runtime';
import type { JobQueue } from '@support-graph/runtime';
import { TicketEventType, type TicketMessageAddedPayload } from '@support-graph/tickets/events';
import { pipelineJobKey, type TicketPipelineJob } from '../pipeline/ticket-pipeline-job.js';

/** The tickets subgraph's event types this subgraph reacts to, from its event contract. */
const TICKET_CREATED = TicketEventType.Created;
const MESSAGE_ADDED = TicketEventType.MessageAdded;

/** This consumer's cursor in the durable stream. Renaming it would start over from the oldest retained event. */
export const TICKET_PIPELINE_GROUP = 'agents.ticket-pipeline';

type MessageAddedPayload = Pick<TicketMessageAddedPayload, 'ticketId' | 'authorRole' | 'internal'>;

/** A new ticket, or a public message from its customer: the conversation changed in a way agents judge. */
function startsPipeline(event: DomainEvent): boolean {
  if (event.type === TICKET_CREATED) return true;
  if (event.type !== MESSAGE_ADDED) return false;
  const payload = event.payload as MessageAddedPayload;
  return payload.authorRole === 'CUSTOMER' && !payload.internal;
}

/**
 * Turns ticket events from the durable stream (own consumer group) into pipeline jobs. A batch is
 * acknowledged only once its jobs are queued, and a job's key is its event id, so an event read
 * twice (crash before acknowledging) queues one job: each ticket event is triaged once.
 */
export function consumeTicketEvents(stream: DurableEventStream, queue: JobQueue<TicketPipelineJob>, logger: Logger): DurableConsumer {
  return startDurableConsumer({
    stream,
    group: TICKET_PIPELINE_GROUP,
    types: [TICKET_CREATED, MESSAGE_ADDED],
    logger,
    handler: async (events) => {
      for (const event of events) {
        if (!startsPipeline(event)) continue;
        // The job continues the trace of the request that created the event (gateway → tickets → here).
        await withTraceparent(event.traceparent, () => queue.enqueue(pipelineJobKey(event.id), { eventId: event.id, ticketId: event.aggregateId, trigger: event.type }));
      }
    },
  });
}
