import type { SubgraphDescriptor } from '@support-graph/runtime';
import { buildRoadmapSchema } from './roadmap-schema.js';
import { startRoadmapSubgraph } from './start-roadmap-subgraph.js';
import { roadmapSubscriptionSources } from './subscriptions/roadmap-subscription-sources.js';
import { JIRA_WEBHOOK_PATH } from './sync/jira-webhook-receiver.js';

/** Projects, issues, sprints and milestones, offline or synced with Jira; tickets linked to issues. Of customers it holds links from their tickets and, in issues made from them, their redacted words (export and erasure reach them). */
export const roadmapSubgraph: SubgraphDescriptor = {
  name: 'roadmap',
  defaultPort: 4004,
  buildSchema: buildRoadmapSchema,
  start: startRoadmapSubgraph,
  subscriptionSources: roadmapSubscriptionSources,
  webhookPaths: [JIRA_WEBHOOK_PATH],
  // Links from customers' tickets to issues: export lists them; erasure forgets them and rewrites the descriptions made from those tickets.
  privacy: { exportField: 'privacyTicketRoadmap', eraseField: 'forgetTicketRoadmap' },
};
