import type { SubgraphDescriptor } from '@support-graph/runtime';
import { buildKnowledgeSchema } from './knowledge-schema.js';
import { startKnowledgeSubgraph } from './start-knowledge-subgraph.js';

/** Articles, search and the ticket index; it indexes ticket text, so export and erasure reach it. */
export const knowledgeSubgraph: SubgraphDescriptor = {
  name: 'knowledge',
  defaultPort: 4002,
  buildSchema: buildKnowledgeSchema,
  start: startKnowledgeSubgraph,
  privacy: { exportField: 'privacyTicketKnowledge', eraseField: 'forgetTicketKnowledge' },
};
