import 'reflect-metadata';
import { buildFederatedSchema } from '@support-graph/runtime';
import type { GraphQLSchema } from 'graphql';
import { TicketType } from './schema/object-types.js';
import { feedbackPermissions } from './permissions/feedback-permissions.js';
import { SatisfactionResolver } from './resolvers/satisfaction-resolver.js';
import { SurveyLinkResolver } from './resolvers/survey-link-resolver.js';
import { PlaygroundResolver } from './playground/graphql/playground-resolver.js';
import { withPlaygroundPermissions } from './playground/graphql/playground-permissions.js';

/** The feedback subgraph schema: type-graphql resolvers, federation reference resolvers and field rules. */
export function buildFeedbackSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [SatisfactionResolver, SurveyLinkResolver, PlaygroundResolver], orphanedTypes: [TicketType], validate: false },
    {
      // Every field of Ticket here is computed from the id: the reference is the ticket.
      Ticket: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
    },
    withPlaygroundPermissions(feedbackPermissions),
  );
}
