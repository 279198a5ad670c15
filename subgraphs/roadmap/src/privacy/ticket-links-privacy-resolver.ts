import { ClientErrors } from '@support-graph/runtime';
import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RoadmapContext } from '../roadmap-context.js';

const MAX_TICKETS = 10_000;

function checkedIds(context: RoadmapContext, ticketIds: readonly string[]): string[] {
  // The field rules allow `service` only; this is the second lock.
  if (context.identity.role !== 'service') throw ClientErrors.forbidden();
  if (ticketIds.length > MAX_TICKETS) throw ClientErrors.badInput('ticketIds', `at most ${MAX_TICKETS} per call`);
  return [...new Set(ticketIds)];
}

/**
 * The tickets subgraph's way in for a customer's privacy rights: what the roadmap holds about their
 * tickets is the links to issues and the redacted conversation in the descriptions of issues made
 * from them. Not in the public API (`@inaccessible`): a signed `service` identity only.
 */
@Resolver()
export class TicketLinksPrivacyResolver {
  @Query(() => String, { nullable: true, description: "Internal (service only): JSON of these tickets' links to issues" })
  @Directive('@inaccessible')
  async privacyTicketRoadmap(@Arg('ticketIds', () => [ID]) ticketIds: string[], @Ctx() context: RoadmapContext): Promise<string> {
    const links = await context.store.linksOfTickets(checkedIds(context, ticketIds));
    const issues = await Promise.all(links.map((link) => context.store.findIssue(link.issueId)));
    return JSON.stringify(links.map((link, index) => ({ ticketId: link.ticketId, issueKey: issues[index]?.key ?? null, linkedAt: link.createdAt })));
  }

  @Mutation(() => Int, { nullable: true, description: "Internal (service only): forgets these tickets' links to issues and removes their conversation from the issues made from them; idempotent" })
  @Directive('@inaccessible')
  async forgetTicketRoadmap(@Arg('ticketIds', () => [ID]) ticketIds: string[], @Ctx() context: RoadmapContext): Promise<number> {
    return context.service.forgetTickets(checkedIds(context, ticketIds));
  }
}
