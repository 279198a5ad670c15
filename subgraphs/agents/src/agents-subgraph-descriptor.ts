import type { SubgraphDescriptor } from '@support-graph/runtime';
import { buildAgentsSchema } from './agents-schema.js';
import { startAgentsSubgraph } from './start-agents-subgraph.js';
import { agentsSubscriptionSources } from './subscriptions/agents-subscription-sources.js';

/** The AI agents' runs; runs quote ticket text, so export and erasure reach it. */
export const agentsSubgraph: SubgraphDescriptor = {
  name: 'agents',
  defaultPort: 4003,
  buildSchema: buildAgentsSchema,
  start: startAgentsSubgraph,
  subscriptionSources: agentsSubscriptionSources,
  privacy: { exportField: 'privacyTicketRuns', eraseField: 'scrubTicketRuns' },
};
