import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AgentsContext } from '../agents-context.js';
import {
  AgentRunType,
  MissingInformationType,
  TicketEscalationType,
  TicketLanguageType,
  TicketSentimentType,
  TicketTriageType,
  TicketType,
} from '../schema/object-types.js';
import {
  presentEscalation,
  presentLanguage,
  presentMissingInformation,
  presentSentiment,
  presentTriage,
} from '../services/ticket-insights.js';
import { assertMayReadRuns } from '../services/agent-access.js';
import { presentRun } from './present-run.js';

/** AI fields on the tickets subgraph's Ticket, from the newest runs in this subgraph's store. */
@Resolver(() => TicketType)
export class TicketInsightsResolver {
  @FieldResolver(() => TicketTriageType, { nullable: true, description: 'Null until triage ran' })
  async triage(@Root() ticket: TicketType, @Ctx() context: AgentsContext): Promise<TicketTriageType | null> {
    assertMayReadRuns(context.identity);
    const [runs, override] = await Promise.all([context.latestRuns.load(ticket.id), context.overrides.load(ticket.id)]);
    return presentTriage(runs, override);
  }

  @FieldResolver(() => TicketSentimentType, { nullable: true })
  async sentiment(@Root() ticket: TicketType, @Ctx() context: AgentsContext): Promise<TicketSentimentType | null> {
    assertMayReadRuns(context.identity);
    return presentSentiment(await context.latestRuns.load(ticket.id));
  }

  @FieldResolver(() => MissingInformationType, { nullable: true })
  async missingInformation(@Root() ticket: TicketType, @Ctx() context: AgentsContext): Promise<MissingInformationType | null> {
    assertMayReadRuns(context.identity);
    return presentMissingInformation(await context.latestRuns.load(ticket.id));
  }

  @FieldResolver(() => TicketEscalationType, { nullable: true })
  async escalation(@Root() ticket: TicketType, @Ctx() context: AgentsContext): Promise<TicketEscalationType | null> {
    assertMayReadRuns(context.identity);
    return presentEscalation(await context.latestRuns.load(ticket.id));
  }

  @FieldResolver(() => TicketLanguageType, { nullable: true })
  async language(@Root() ticket: TicketType, @Ctx() context: AgentsContext): Promise<TicketLanguageType | null> {
    assertMayReadRuns(context.identity);
    return presentLanguage(await context.latestRuns.load(ticket.id));
  }

  @FieldResolver(() => [AgentRunType], { description: 'Agent runs on this ticket, newest first' })
  async aiRuns(
    @Root() ticket: TicketType,
    @Ctx() context: AgentsContext,
    @Arg('first', () => Int, { defaultValue: 20, description: '1–100' }) first = 20,
  ): Promise<AgentRunType[]> {
    return (await context.service.listRuns(context.identity, ticket.id, first)).map(presentRun);
  }
}
