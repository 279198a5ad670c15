import { Arg, Ctx, Directive, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FeedbackContext } from '../feedback-context.js';
import { SurveyByLinkType, TicketSatisfactionType } from '../schema/object-types.js';

/**
 * The survey behind a signed link. Not in the public API (`@inaccessible`, `service` only): the
 * gateway's `/survey-link` route calls these directly for a visitor who is not signed in, and the
 * link itself is the permission.
 */
@Resolver()
export class SurveyLinkResolver {
  @Directive('@inaccessible')
  @Query(() => SurveyByLinkType, { nullable: true, description: 'Internal: the survey a signed link opens; null when the link is not valid' })
  surveyByLink(@Arg('token', () => String) token: string, @Ctx() context: FeedbackContext): Promise<SurveyByLinkType | null> {
    return context.csat.byLink(token);
  }

  @Directive('@inaccessible')
  @Mutation(() => TicketSatisfactionType, { description: 'Internal: answers the survey a signed link opens' })
  answerSurveyByLink(
    @Arg('token', () => String) token: string,
    @Arg('score', () => Int) score: number,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
    @Ctx() context: FeedbackContext,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ): Promise<TicketSatisfactionType> {
    return context.csat.answerByLink(token, score, comment?.trim() || null, idempotencyKey);
  }
}
