import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Article } from '../articles/article.js';
import type { KnowledgeContext } from '../knowledge-context.js';
import type { KnowledgeHit } from '../search/knowledge-hit.js';
import type { SimilarTicket } from '../tickets/ticket-knowledge.js';
import { ArticleType } from '../schema/article-types.js';
import { KnowledgeHitType } from '../schema/search-types.js';
import { SimilarTicketType, TicketType } from '../schema/ticket-types.js';
import { presentEntries } from './present-entries.js';
import { visibleHits } from './visible-hits.js';

const DEFAULT_FIRST = 5;

/** What the gateway sends for a Ticket: its key plus the fields this subgraph `@requires`. */
interface TicketRepresentation {
  readonly id: string;
  readonly subject: string;
  readonly description: string;
}

/** Knowledge fields on the tickets subgraph's Ticket, computed from the subject and description it owns. */
@Resolver(() => TicketType)
export class TicketKnowledgeResolver {
  @FieldResolver(() => [KnowledgeHitType], {
    description: 'PUBLISHED articles that answer this ticket, boosted by the articles that resolved similar tickets',
  })
  @Directive('@requires(fields: "subject description")')
  async suggestedArticles(
    @Root() ticket: TicketRepresentation,
    @Ctx() context: KnowledgeContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_FIRST, description: '1–50' }) first?: number | null,
  ): Promise<KnowledgeHit[]> {
    const { id, subject, description } = ticket;
    return visibleHits(await context.engine.tickets.suggestedArticles({ id, subject, description }, first ?? DEFAULT_FIRST), context);
  }

  @FieldResolver(() => [SimilarTicketType], { description: 'Earlier tickets that read like this one; support team only' })
  @Directive('@requires(fields: "subject description")')
  async similarTickets(
    @Root() ticket: TicketRepresentation,
    @Ctx() context: KnowledgeContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_FIRST, description: '1–50' }) first?: number | null,
  ): Promise<SimilarTicket[]> {
    const { id, subject, description } = ticket;
    return context.engine.tickets.similarTickets({ id, subject, description }, first ?? DEFAULT_FIRST);
  }
}

@Resolver(() => SimilarTicketType)
export class SimilarTicketResolver {
  @FieldResolver(() => TicketType, { description: 'Resolved by the tickets subgraph' })
  ticket(@Root() similar: SimilarTicket): Pick<TicketRepresentation, 'id'> {
    return { id: similar.ticketId };
  }

  @FieldResolver(() => [ArticleType], { description: 'Articles the similar ticket was resolved with' })
  async resolvedWithArticles(@Root() similar: SimilarTicket, @Ctx() context: KnowledgeContext): Promise<Article[]> {
    return presentEntries(await context.articles.loadMany(similar.resolvedWithArticleIds));
  }
}
