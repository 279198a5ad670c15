import type { SubgraphContext } from '@support-graph/runtime';
import type { FeedbackServices } from './feedback-services.js';

/** Per-request context of the feedback subgraph: the verified identity and the use cases. */
export interface FeedbackContext extends SubgraphContext, FeedbackServices {}
