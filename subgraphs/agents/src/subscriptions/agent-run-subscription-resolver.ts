import { Arg, Ctx, ID, Int, Resolver, Subscription } from 'type-graphql';
import type { AgentsContext } from '../agents-context.js';
import { AGENT_RUN_REPLY_CHUNK, AGENT_RUN_UPDATED } from '../events/agents-events.js';
import { AgentRunUpdateType, ReplyChunkType } from './agent-run-event-types.js';

/**
 * Subscription fields owned by the agents subgraph. The gateway's subscription bridge serves the
 * streams from the bus (`topics`); executed here, through the field rules, a field only admits a
 * subscriber: the rule decides the role and the resolver checks that the run exists, so the gateway
 * asks this subgraph before it starts a stream (docs/subscriptions.md).
 */
@Resolver()
export class AgentRunSubscriptionResolver {
  @Subscription(() => AgentRunUpdateType, { topics: AGENT_RUN_UPDATED, description: 'Every status change of one agent run; support team and analysts' })
  async agentRun(@Arg('id', () => ID) id: string, @Ctx() context: AgentsContext): Promise<Partial<AgentRunUpdateType>> {
    await context.service.getRun(context.identity, id);
    return {};
  }

  @Subscription(() => ReplyChunkType, {
    topics: AGENT_RUN_REPLY_CHUNK,
    description: 'The reply draft of a draftReply run as ordered chunks; afterSeq resumes after the last chunk seen',
  })
  async replyStream(
    @Arg('runId', () => ID) runId: string,
    @Ctx() context: AgentsContext,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq?: number | null,
  ): Promise<Partial<ReplyChunkType>> {
    await context.service.getRun(context.identity, runId);
    return {};
  }
}
