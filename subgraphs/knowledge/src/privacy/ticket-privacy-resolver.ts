import { ClientErrors } from '@support-graph/runtime';
import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { KnowledgeContext } from '../knowledge-context.js';

/** Most tickets one call may name: a customer with more is handled in several calls by the caller. */
const MAX_TICKETS = 10_000;

function checkedIds(context: KnowledgeContext, ticketIds: readonly string[]): string[] {
  // The field rules allow `service` only; this is the second lock.
  if (context.identity.role !== 'service') throw ClientErrors.forbidden();
  if (ticketIds.length > MAX_TICKETS) throw ClientErrors.badInput('ticketIds', `at most ${MAX_TICKETS} per call`);
  return [...new Set(ticketIds)];
}

/**
 * The tickets subgraph's way in for a customer's privacy rights (export, erasure). Not in the
 * public API (`@inaccessible`): reached only directly, with a signed `service` identity.
 */
@Resolver()
export class TicketPrivacyResolver {
  @Query(() => String, { nullable: true, description: 'Internal (service only): JSON of what the knowledge engine holds about these tickets' })
  @Directive('@inaccessible')
  async privacyTicketKnowledge(@Arg('ticketIds', () => [ID]) ticketIds: string[], @Ctx() context: KnowledgeContext): Promise<string> {
    return JSON.stringify(await context.engine.tickets.ticketKnowledge(checkedIds(context, ticketIds)));
  }

  @Mutation(() => Int, { nullable: true, description: 'Internal (service only): removes these tickets from the similar-ticket index; idempotent' })
  @Directive('@inaccessible')
  async forgetTicketKnowledge(@Arg('ticketIds', () => [ID]) ticketIds: string[], @Ctx() context: KnowledgeContext): Promise<number> {
    return context.engine.tickets.forgetTickets(checkedIds(context, ticketIds));
  }
}
