export { feedbackSubgraph } from './feedback-subgraph-descriptor.js';
export { startFeedbackSubgraph, type FeedbackSubgraph, type FeedbackSubgraphOptions } from './start-feedback-subgraph.js';
export { buildFeedbackSchema } from './feedback-schema.js';
export { createFeedbackStore } from './store/create-feedback-store.js';
export type { FeedbackStore } from './store/feedback-store.js';
export { cubeCellsOf } from './analytics/cube-cells-of.js';
export type { TicketFactRecord } from './store/feedback-records.js';
