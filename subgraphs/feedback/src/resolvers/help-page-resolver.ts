import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { FeedbackContext } from '../feedback-context.js';
import { HelpOutcome } from '../schema/enums.js';

/** What the help page reports: article votes and how a visit ended. The visit id is the idempotency key. */
@Resolver()
export class HelpPageResolver {
  @Mutation(() => Boolean, { description: '"Did this article help?" from a help-page visit; counted once per visit and article' })
  voteArticle(
    @Arg('visitId', () => ID, { description: 'Random id the help page makes per visit (8–128 characters)' }) visitId: string,
    @Arg('articleId', () => ID) articleId: string,
    @Arg('helpful', () => Boolean) helpful: boolean,
    @Arg('language', () => String) language: string,
    @Ctx() context: FeedbackContext,
  ): Promise<boolean> {
    return context.help.voteArticle(context.identity, { visitId, articleId, helpful, language });
  }

  @Mutation(() => Boolean, { description: 'How a visit ended after reading suggestions: DEFLECTED (left without a ticket) or TICKET_OPENED; counted once per visit' })
  recordHelpVisit(
    @Arg('visitId', () => ID) visitId: string,
    @Arg('outcome', () => HelpOutcome) outcome: HelpOutcome,
    @Arg('articlesRead', () => Int) articlesRead: number,
    @Arg('language', () => String) language: string,
    @Ctx() context: FeedbackContext,
  ): Promise<boolean> {
    return context.help.recordVisit(context.identity, { visitId, outcome, articlesRead, language });
  }
}
