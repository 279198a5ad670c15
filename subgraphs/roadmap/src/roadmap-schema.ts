import 'reflect-metadata';
import { buildFederatedSchema } from '@support-graph/runtime';
import type { GraphQLSchema } from 'graphql';
import { roadmapPermissions } from './permissions/roadmap-permissions.js';
import { TicketLinksPrivacyResolver } from './privacy/ticket-links-privacy-resolver.js';
import { IssueResolver } from './resolvers/issue-resolver.js';
import { RoadmapMutationResolver } from './resolvers/roadmap-mutation-resolver.js';
import { MilestoneResolver, RoadmapResolver, SprintResolver } from './resolvers/roadmap-resolver.js';
import { IssueSuggestionResolver, TicketRoadmapResolver } from './resolvers/ticket-roadmap-resolver.js';
import type { RoadmapContext } from './roadmap-context.js';
import { presentIssue } from './schema/object-types.js';
import { RoadmapSubscriptionResolver } from './subscriptions/roadmap-subscription-resolver.js';

/** The roadmap subgraph schema: type-graphql resolvers, federation reference resolvers and field rules. */
export function buildRoadmapSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [RoadmapResolver, SprintResolver, MilestoneResolver, IssueResolver, TicketRoadmapResolver, IssueSuggestionResolver, RoadmapMutationResolver, RoadmapSubscriptionResolver, TicketLinksPrivacyResolver],
      validate: false,
    },
    {
      Issue: {
        __resolveReference: async (reference: { id: string }, context: RoadmapContext) => {
          const issue = await context.store.findIssue(reference.id);
          return issue ? presentIssue(issue) : null;
        },
      },
      // Ticket fields here are computed from the id (and the subject/description the gateway provides).
      Ticket: { __resolveReference: (reference: { id: string; subject?: string; description?: string }) => reference },
    },
    roadmapPermissions,
  );
}
