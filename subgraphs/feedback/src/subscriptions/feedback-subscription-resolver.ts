import { ClientErrors } from '@support-graph/runtime';
import { Ctx, Resolver, Subscription } from 'type-graphql';
import { FEEDBACK_EVENT_PREFIX } from '../events/feedback-events.js';
import type { FeedbackContext } from '../feedback-context.js';
import { FeedbackEventType } from '../schema/feedback-event-types.js';

const LISTENERS = new Set(['lead', 'admin', 'analyst', 'service']);

/**
 * `feedbackEvents`, streamed by the gateway's subscription bridge from the bus; executed here it
 * only admits a subscriber (docs/subscriptions.md).
 */
@Resolver()
export class FeedbackSubscriptionResolver {
  @Subscription(() => FeedbackEventType, { topics: FEEDBACK_EVENT_PREFIX, description: 'New CSAT answers and content gaps, live; leads, admins and analysts' })
  feedbackEvents(@Ctx() context: FeedbackContext): Partial<FeedbackEventType> {
    if (!LISTENERS.has(context.identity.role)) throw ClientErrors.forbidden();
    return {};
  }
}
