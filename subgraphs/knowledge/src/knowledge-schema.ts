import 'reflect-metadata';
import { buildFederatedSchema } from '@support-graph/runtime';
import type { GraphQLSchema } from 'graphql';
import './schema/enums.js';
import type { KnowledgeContext } from './knowledge-context.js';
import { ArticleMutationResolver } from './resolvers/article-mutation-resolver.js';
import { ContentGapResolver } from './resolvers/content-gap-resolver.js';
import { ArticleConnectionResolver, ArticleResolver } from './resolvers/article-resolver.js';
import { mapKnowledgeErrors } from './resolvers/knowledge-error-mapping.js';
import { TicketPrivacyResolver } from './privacy/ticket-privacy-resolver.js';
import { SearchResolver } from './resolvers/search-resolver.js';
import { SimilarTicketResolver, TicketKnowledgeResolver } from './resolvers/ticket-knowledge-resolver.js';
import { TopicResolver } from './resolvers/topic-resolver.js';
import { knowledgePermissions } from './schema/knowledge-permissions.js';
import { TicketType } from './schema/ticket-types.js';

/**
 * The knowledge subgraph schema: type-graphql resolvers, federation reference resolvers and field rules.
 * Ticket needs none: its representation (id + the required subject and description) is all the
 * Ticket field resolvers read.
 */
export function buildKnowledgeSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ArticleResolver,
        ArticleConnectionResolver,
        ArticleMutationResolver,
        SearchResolver,
        TopicResolver,
        ContentGapResolver,
        TicketKnowledgeResolver,
        SimilarTicketResolver,
        TicketPrivacyResolver,
      ],
      // Nothing in this subgraph returns a Ticket from a root field; it is reached through `_entities`.
      orphanedTypes: [TicketType],
      globalMiddlewares: [mapKnowledgeErrors],
      validate: false,
    },
    {
      Article: { __resolveReference: (reference: { id: string }, context: KnowledgeContext) => context.articles.load(reference.id) },
    },
    knowledgePermissions,
  );
}
