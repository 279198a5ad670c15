import type { SubscriptionSource } from '@support-graph/runtime';
import { FEEDBACK_EVENT_PREFIX, FeedbackEventType, type ContentGapFoundPayload, type CsatReceivedPayload } from '../events/feedback-events.js';

const LISTENERS = new Set(['lead', 'admin', 'analyst', 'service']);

/** `feedbackEvents`: every new CSAT answer and content gap, as ids and numbers (no customer text). */
export const feedbackEventsSource: SubscriptionSource = {
  field: 'feedbackEvents',
  typePrefix: FEEDBACK_EVENT_PREFIX,
  accepts: (event, _args, identity) => LISTENERS.has(identity.role) && (event.type === FeedbackEventType.CsatReceived || event.type === FeedbackEventType.ContentGapFound),
  payload: (event) => {
    if (event.type === FeedbackEventType.CsatReceived) {
      const { ticketId, score } = event.payload as CsatReceivedPayload;
      return { kind: 'CSAT_RECEIVED', occurredAt: event.occurredAt, ticketId, score, gapId: null };
    }
    const { gapId } = event.payload as ContentGapFoundPayload;
    return { kind: 'CONTENT_GAP_FOUND', occurredAt: event.occurredAt, ticketId: null, score: null, gapId };
  },
  entities: {},
};
