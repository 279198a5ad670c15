import { ClientErrors } from '@support-graph/runtime';
import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AgentsContext } from '../agents-context.js';
import { ticketRecordsScrub } from './run-scrubbing.js';

const MAX_TICKETS = 10_000;

function checkedIds(context: AgentsContext, ticketIds: readonly string[]): string[] {
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
export class TicketRunsPrivacyResolver {
  @Query(() => String, { nullable: true, description: 'Internal (service only): JSON of the agent runs and triage corrections of these tickets' })
  @Directive('@inaccessible')
  async privacyTicketRuns(@Arg('ticketIds', () => [ID]) ticketIds: string[], @Ctx() context: AgentsContext): Promise<string> {
    return JSON.stringify(await context.runStore.recordsOfTickets(checkedIds(context, ticketIds)));
  }

  @Mutation(() => Int, { nullable: true, description: 'Internal (service only): scrubs the customer text from these tickets\' runs; idempotent' })
  @Directive('@inaccessible')
  async scrubTicketRuns(@Arg('ticketIds', () => [ID]) ticketIds: string[], @Ctx() context: AgentsContext): Promise<number> {
    return context.runStore.scrubTickets(checkedIds(context, ticketIds), ticketRecordsScrub);
  }
}
