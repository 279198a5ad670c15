import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AgentsContext } from '../agents-context.js';
import { AgentRunType, TicketType, TriageModelStatusType } from '../schema/object-types.js';
import { TicketPriority } from '../schema/enums.js';
import type { TriageModelStatus } from '../triage/triage-model-service.js';
import { presentRun } from './present-run.js';

@Resolver(() => AgentRunType)
export class AgentRunResolver {
  @Query(() => AgentRunType, { nullable: true, description: 'One agent run; support team and analysts' })
  async agentRun(@Arg('id', () => ID) id: string, @Ctx() context: AgentsContext): Promise<AgentRunType> {
    return presentRun(await context.service.getRun(context.identity, id));
  }

  @Query(() => [AgentRunType], { description: 'A ticket’s agent runs, newest first' })
  async agentRuns(
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: AgentsContext,
    @Arg('first', () => Int, { defaultValue: 20, description: '1–100' }) first = 20,
  ): Promise<AgentRunType[]> {
    return (await context.service.listRuns(context.identity, ticketId, first)).map(presentRun);
  }

  @Query(() => TriageModelStatusType, { description: 'Whether the learnt triage stages are ready' })
  triageModelStatus(@Ctx() context: AgentsContext): TriageModelStatus {
    return context.service.triageModelStatus(context.identity);
  }

  @Mutation(() => AgentRunType, { description: 'Runs one agent on a ticket now and returns the finished run; staff only' })
  async runAgent(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('agent', () => String, { description: 'Registry name, e.g. triage, sentiment, escalation' }) agent: string,
    @Ctx() context: AgentsContext,
  ): Promise<AgentRunType> {
    return presentRun(await context.service.runAgent(context.identity, ticketId, agent));
  }

  @Mutation(() => AgentRunType, {
    description: 'Starts a reply draft and returns its run at once; the text streams as agent_run.reply_chunk events and is stored on the run',
  })
  async draftReply(@Arg('ticketId', () => ID) ticketId: string, @Ctx() context: AgentsContext): Promise<AgentRunType> {
    return presentRun(await context.service.draftReply(context.identity, ticketId));
  }

  @Mutation(() => TicketType, { description: 'Confirms the latest triage of a ticket' })
  async acceptTriage(@Arg('ticketId', () => ID) ticketId: string, @Ctx() context: AgentsContext): Promise<TicketType> {
    return context.service.acceptTriage(context.identity, ticketId);
  }

  @Mutation(() => TicketType, { description: 'Corrects the triage of a ticket; the correction is training data' })
  async overrideTriage(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('category', () => String) category: string,
    @Ctx() context: AgentsContext,
    @Arg('priority', () => TicketPriority, { nullable: true }) priority?: TicketPriority | null,
    @Arg('team', () => String, { nullable: true }) team?: string | null,
  ): Promise<TicketType> {
    return context.service.overrideTriage(context.identity, ticketId, category, priority ?? null, team ?? null);
  }

  @Mutation(() => TriageModelStatusType, { description: 'Retrains the triage model with every override, in the background; admins only' })
  async retrainTriage(@Ctx() context: AgentsContext): Promise<TriageModelStatus> {
    return context.service.retrainTriage(context.identity);
  }
}
