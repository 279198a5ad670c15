import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { FeedbackContext } from '../feedback-context.js';
import { TicketSatisfactionType, TicketType } from '../schema/object-types.js';

/** `Ticket.satisfaction` and the customer's answer on the help page. */
@Resolver(() => TicketType)
export class SatisfactionResolver {
  @FieldResolver(() => TicketSatisfactionType, { nullable: true, description: 'The CSAT survey of the ticket and its answer' })
  satisfaction(@Root() ticket: TicketType, @Ctx() context: FeedbackContext): Promise<TicketSatisfactionType> {
    return context.csat.satisfaction(context.identity, ticket.id);
  }

  @Mutation(() => TicketSatisfactionType, { description: 'The customer rates their resolved ticket (1–5, optional comment); again within 7 days changes the answer' })
  rateTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('score', () => Int) score: number,
    @Arg('idempotencyKey', () => String, { description: 'Chosen by the client per answer; a retry with the same key changes nothing' }) idempotencyKey: string,
    @Ctx() context: FeedbackContext,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ): Promise<TicketSatisfactionType> {
    return context.csat.answer(context.identity, ticketId, score, comment?.trim() || null, idempotencyKey);
  }
}
