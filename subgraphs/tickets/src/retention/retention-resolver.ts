import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ClientErrors } from '@support-graph/runtime';
import type { TicketsContext } from '../tickets-context.js';
import { RetentionRunType } from './schema/retention-types.js';

const MAX_RUNS = 100;

@Resolver(() => RetentionRunType)
export class RetentionResolver {
  @Mutation(() => RetentionRunType, { nullable: true, description: 'Admin: runs retention now (it also runs on a schedule)' })
  async runRetention(@Ctx() context: TicketsContext): Promise<RetentionRunType> {
    const report = await context.retention.run(context.identity);
    return { ...report, actor: context.identity.subject, purgedTicketCount: report.purgedTicketIds.length };
  }

  @Query(() => [RetentionRunType], { description: 'Admin: the latest retention runs, newest first, from the audit log' })
  async retentionRuns(@Ctx() context: TicketsContext, @Arg('first', () => Int, { defaultValue: 10 }) first = 10): Promise<RetentionRunType[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_RUNS) throw ClientErrors.badInput('first', `must be between 1 and ${MAX_RUNS}`);
    const runs: RetentionRunType[] = [];
    for await (const entry of context.audit.chains.read('tickets')) {
      if (entry.action !== 'retention.run') continue;
      const details = entry.details as { cutoff: string; ticketIds: string[]; heldTicketIds: string[] };
      runs.push({ ranAt: new Date(entry.time), cutoff: new Date(details.cutoff), actor: entry.actor.subject, purgedTicketCount: details.ticketIds.length, purgedTicketIds: details.ticketIds, heldTicketIds: details.heldTicketIds });
    }
    return runs.reverse().slice(0, first);
  }
}
