import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { TeamType, UserType } from '../directory/schema/directory-types.js';
import type { TeamRecord, UserRecord } from '../directory/store/directory-records.js';
import { TicketType } from '../schema/object-types.js';
import type { TicketRecord } from '../store/ticket-records.js';
import type { TicketsContext } from '../tickets-context.js';
import { AgentPresence, RoutingStrategy, type AgentProfile } from './routing-records.js';
import { AgentRoutingInput, AgentRoutingType, ChannelLoadType, RoutingDecisionType } from './schema/routing-types.js';

/** An agent profile as the API shows it. */
function toRouting(profile: AgentProfile): AgentRoutingType {
  return {
    agentId: profile.agentId,
    presence: profile.presence,
    capacity: Object.entries(profile.capacity).map(([channel, limit]) => ({ channel, limit })),
    skills: { categories: [...profile.skills.categories], languages: [...profile.skills.languages], tiers: [...profile.skills.tiers] },
    lastSeenAt: profile.lastSeenAt,
  };
}

@Resolver(() => AgentRoutingType)
export class AgentRoutingResolver {
  @Query(() => AgentRoutingType, { nullable: true, description: 'Your own presence, capacity and skills' })
  async myRouting(@Ctx() context: TicketsContext): Promise<AgentRoutingType> {
    return toRouting(await context.routing.presence.reportActivity(context.identity));
  }

  @Mutation(() => AgentRoutingType, { nullable: true, description: 'Online, away or offline; yourself, or (leads, admins) anyone' })
  async setPresence(
    @Arg('presence', () => AgentPresence) presence: AgentPresence,
    @Ctx() context: TicketsContext,
    @Arg('agentId', () => ID, { nullable: true }) agentId?: string | null,
  ): Promise<AgentRoutingType> {
    return toRouting(await context.routing.presence.setPresence(context.identity, presence, agentId));
  }

  @Mutation(() => AgentRoutingType, { nullable: true, description: 'The console reports activity, so the agent is not marked away' })
  async reportActivity(@Ctx() context: TicketsContext): Promise<AgentRoutingType> {
    return toRouting(await context.routing.presence.reportActivity(context.identity));
  }

  @Mutation(() => AgentRoutingType, { nullable: true, description: 'Leads, admins: an agent\'s capacity per channel and skills' })
  async setAgentRouting(@Arg('input', () => AgentRoutingInput) input: AgentRoutingInput, @Ctx() context: TicketsContext): Promise<AgentRoutingType> {
    return toRouting(await context.routing.presence.configureAgent(context.identity, input));
  }

  @Mutation(() => RoutingStrategy, { nullable: true, description: 'Leads, admins: manual, round robin or load-based' })
  setTeamRoutingStrategy(
    @Arg('teamId', () => ID) teamId: string,
    @Arg('strategy', () => RoutingStrategy) strategy: RoutingStrategy,
    @Ctx() context: TicketsContext,
  ): Promise<RoutingStrategy> {
    return context.routing.presence.setTeamStrategy(context.identity, teamId, strategy);
  }

  @Mutation(() => RoutingDecisionType, { nullable: true, description: 'Routes a ticket to a team: assigned to an available skilled agent, or queued' })
  async routeTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('teamId', () => ID) teamId: string,
    @Ctx() context: TicketsContext,
    @Arg('language', () => String, { nullable: true, description: 'The customer\'s language, matched against agents\' language skills' }) language?: string | null,
  ): Promise<RoutingDecisionType> {
    const outcome = await context.routing.router.route(context.identity, ticketId, teamId, language);
    return { ...outcome, ticket: (await context.service.getTicket(context.identity, outcome.ticketId)) as unknown as TicketType };
  }

  @FieldResolver(() => [ChannelLoadType], { description: 'Open tickets held now, per channel' })
  async load(@Root() routing: AgentRoutingType, @Ctx() context: TicketsContext): Promise<ChannelLoadType[]> {
    const load = await context.routing.presence.load(routing.agentId);
    return Object.entries(load).map(([channel, open]) => ({ channel, open }));
  }
}

@Resolver(() => UserType)
export class UserRoutingResolver {
  @FieldResolver(() => AgentRoutingType, { nullable: true, description: 'Presence, capacity and skills; null until set' })
  async routing(@Root() user: UserRecord, @Ctx() context: TicketsContext): Promise<AgentRoutingType | null> {
    const profile = await context.routing.presence.profile(user.id);
    return profile ? toRouting(profile) : null;
  }
}

@Resolver(() => TeamType)
export class TeamRoutingResolver {
  @FieldResolver(() => RoutingStrategy)
  routingStrategy(@Root() team: TeamRecord, @Ctx() context: TicketsContext): Promise<RoutingStrategy> {
    return context.routing.presence.teamStrategy(team.id);
  }
}

@Resolver(() => TicketType)
export class TicketRoutingResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Why the ticket is with its agent, or queued: set by the router' })
  assignmentReason(@Root() ticket: TicketRecord, @Ctx() context: TicketsContext): Promise<string | null> {
    return context.routing.router.reasonFor(ticket.id);
  }
}
