import { ClientErrors } from '@support-graph/runtime';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { TicketsContext } from '../tickets-context.js';
import { CustomerErasureType } from './privacy-types.js';

/** Admin only; the field rules say so too, this is the second lock. */
function assertAdmin(context: TicketsContext): void {
  if (context.identity.role !== 'admin') throw ClientErrors.forbidden();
}

@Resolver()
export class PrivacyResolver {
  @Query(() => String, { nullable: true, description: 'Admin: everything held about a customer in every subgraph, as a JSON document (GDPR/CCPA access)' })
  async exportCustomerData(@Arg('customerId', () => ID) customerId: string, @Ctx() context: TicketsContext): Promise<string> {
    assertAdmin(context);
    return JSON.stringify(await context.privacy.exportCustomer(context.identity, customerId));
  }

  @Mutation(() => CustomerErasureType, { nullable: true, description: 'Admin: irreversibly anonymises a customer in every subgraph; safe to retry' })
  async eraseCustomer(@Arg('customerId', () => ID) customerId: string, @Ctx() context: TicketsContext): Promise<CustomerErasureType> {
    assertAdmin(context);
    const result = await context.privacy.eraseCustomer(context.identity, customerId);
    return {
      customerId: result.customerId,
      ticketCount: result.ticketCount,
      subgraphs: Object.entries(result.peerRecordsErased).map(([subgraph, recordsErased]) => ({ subgraph, recordsErased })),
      knowledgeEntriesRemoved: result.peerRecordsErased['knowledge'] ?? 0,
      agentRunsScrubbed: result.peerRecordsErased['agents'] ?? 0,
      skippedServices: [],
    };
  }
}
