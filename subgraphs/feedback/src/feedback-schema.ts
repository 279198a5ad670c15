import 'reflect-metadata';
import { buildFederatedSchema } from '@support-graph/runtime';
import type { GraphQLSchema } from 'graphql';
import { feedbackPermissions } from './permissions/feedback-permissions.js';
import { AiWorkRatingResolver } from './resolvers/ai-work-rating-resolver.js';
import { AnalyticsResolver } from './resolvers/analytics-resolver.js';
import { FeedbackPrivacyResolver } from './privacy/feedback-privacy-resolver.js';
import { HelpPageResolver } from './resolvers/help-page-resolver.js';
import { SatisfactionResolver } from './resolvers/satisfaction-resolver.js';
import { SurveyLinkResolver } from './resolvers/survey-link-resolver.js';
import { PlaygroundResolver } from './playground/graphql/playground-resolver.js';
import { PlaygroundTrySubscriptionResolver } from './playground/graphql/playground-try-subscription-resolver.js';
import { withPlaygroundPermissions } from './playground/graphql/playground-permissions.js';
import { TicketType } from './schema/object-types.js';
import { FeedbackSubscriptionResolver } from './subscriptions/feedback-subscription-resolver.js';

/** The feedback subgraph schema: type-graphql resolvers, federation reference resolvers and field rules. */
export function buildFeedbackSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [SatisfactionResolver, SurveyLinkResolver, AiWorkRatingResolver, HelpPageResolver, AnalyticsResolver, FeedbackSubscriptionResolver, FeedbackPrivacyResolver, PlaygroundResolver, PlaygroundTrySubscriptionResolver],
      orphanedTypes: [TicketType],
      validate: false,
    },
    {
      // Every field of Ticket here is computed from the id: the reference is the ticket.
      Ticket: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
    },
    withPlaygroundPermissions(feedbackPermissions),
  );
}
