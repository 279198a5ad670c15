import type { SubgraphDescriptor } from '@support-graph/runtime';
import { buildFeedbackSchema } from './feedback-schema.js';
import { startFeedbackSubgraph } from './start-feedback-subgraph.js';
import { feedbackSubscriptionSources } from './subscriptions/feedback-subscription-sources.js';

/** CSAT, agents' ratings of AI work, help-page signals and the analytics built on them; CSAT comments are customers' words, so export and erasure reach them. */
export const feedbackSubgraph: SubgraphDescriptor = {
  name: 'feedback',
  defaultPort: 4005,
  buildSchema: buildFeedbackSchema,
  start: startFeedbackSubgraph,
  subscriptionSources: feedbackSubscriptionSources,
  privacy: { exportField: 'privacyTicketFeedback', eraseField: 'eraseTicketFeedback' },
};
