import { createDomainEvent, startDurableConsumer, type DurableConsumer, type DurableEventStream, type EventBus, type Logger } from '@support-graph/runtime';
import { KnowledgeEventType, type ContentGapDetectedPayload } from '@support-graph/knowledge/events';
import { FeedbackEventType, type ContentGapFoundPayload } from './feedback-events.js';

/** This consumer's cursor in the durable stream. Renaming it would start over from the oldest retained event. */
export const CONTENT_GAP_RELAY_GROUP = 'feedback.content-gap-relay';

/**
 * Relays the knowledge subgraph's content gaps (durable stream) to the dashboard's live
 * `feedbackEvents` (bus, best-effort like every live update): ids and counts only.
 */
export function relayContentGaps(stream: DurableEventStream, bus: EventBus, logger: Logger): DurableConsumer {
  return startDurableConsumer({
    stream,
    group: CONTENT_GAP_RELAY_GROUP,
    types: [KnowledgeEventType.ContentGapDetected],
    logger,
    handler: async (events) => {
      for (const event of events) {
        const { gapId, tickets } = event.payload as ContentGapDetectedPayload;
        const payload: ContentGapFoundPayload = { gapId, tickets };
        await bus.publish(createDomainEvent(FeedbackEventType.ContentGapFound, gapId, payload));
      }
    },
  });
}
