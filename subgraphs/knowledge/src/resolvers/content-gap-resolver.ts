import { ClientErrors } from '@support-graph/runtime';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Article } from '../articles/article.js';
import type { ContentGap } from '../gaps/content-gap-service.js';
import type { KnowledgeContext } from '../knowledge-context.js';
import { ArticleType } from '../schema/article-types.js';
import { ContentGapType } from '../schema/content-gap-types.js';
import { TicketType } from '../schema/ticket-types.js';

const MAX_DAYS = 365;
const MAX_GAPS = 50;
const EXAMPLES = 3;

/** Content gaps for the people who write the help centre: leads and admins (docs/ai-loop.md). */
@Resolver(() => ContentGapType)
export class ContentGapResolver {
  @Query(() => [ContentGapType], { description: 'Clusters of recent tickets no article answers well, largest first; leads and admins' })
  async contentGaps(
    @Ctx() context: KnowledgeContext,
    @Arg('days', () => Int, { defaultValue: 30, description: 'Tickets updated in the last 1–365 days' }) days = 30,
    @Arg('first', () => Int, { defaultValue: 10, description: '1–50' }) first = 10,
  ): Promise<ContentGap[]> {
    if (!['lead', 'admin'].includes(context.identity.role)) throw ClientErrors.forbidden('Content gaps are for leads and admins');
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw ClientErrors.badInput('days', `must be between 1 and ${MAX_DAYS}`);
    if (!Number.isInteger(first) || first < 1 || first > MAX_GAPS) throw ClientErrors.badInput('first', `must be between 1 and ${MAX_GAPS}`);
    return context.engine.gaps.contentGaps(days, first);
  }

  @FieldResolver(() => Int)
  ticketCount(@Root() gap: ContentGap): number {
    return gap.ticketIds.length;
  }

  @FieldResolver(() => [TicketType], { description: `Up to ${EXAMPLES} of its tickets, newest first (resolved by the tickets subgraph)` })
  exampleTickets(@Root() gap: ContentGap): { id: string }[] {
    return gap.ticketIds.slice(0, EXAMPLES).map((id) => ({ id }));
  }

  @FieldResolver(() => ArticleType, { nullable: true, description: 'The nearest article there is: extending it may close the gap' })
  async nearestArticle(@Root() gap: ContentGap, @Ctx() context: KnowledgeContext): Promise<Article | null> {
    return gap.nearestArticleId ? ((await context.articles.load(gap.nearestArticleId)) ?? null) : null;
  }
}
