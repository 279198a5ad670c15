import { ClientErrors } from '@support-graph/runtime';
import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FeedbackContext } from '../feedback-context.js';

const MAX_TICKETS = 10_000;

function checkedIds(context: FeedbackContext, ticketIds: readonly string[]): string[] {
  // The field rules allow `service` only; this is the second lock.
  if (context.identity.role !== 'service') throw ClientErrors.forbidden();
  if (ticketIds.length > MAX_TICKETS) throw ClientErrors.badInput('ticketIds', `at most ${MAX_TICKETS} per call`);
  return [...new Set(ticketIds)];
}

/**
 * The tickets subgraph's way in for a customer's privacy rights: CSAT comments are the customer's
 * words. Not in the public API (`@inaccessible`): reached only directly, with a signed `service` identity.
 */
@Resolver()
export class FeedbackPrivacyResolver {
  @Query(() => String, { nullable: true, description: 'Internal (service only): JSON of the CSAT answers, draft verdicts and thumbs of these tickets' })
  @Directive('@inaccessible')
  async privacyTicketFeedback(@Arg('ticketIds', () => [ID]) ticketIds: string[], @Ctx() context: FeedbackContext): Promise<string> {
    return JSON.stringify(await context.store.recordsOfTickets(checkedIds(context, ticketIds)));
  }

  @Mutation(() => Int, { nullable: true, description: 'Internal (service only): erases the customer comments of these tickets\' CSAT answers (scores stay); idempotent' })
  @Directive('@inaccessible')
  async eraseTicketFeedback(@Arg('ticketIds', () => [ID]) ticketIds: string[], @Ctx() context: FeedbackContext): Promise<number> {
    return context.store.eraseComments(checkedIds(context, ticketIds));
  }
}
