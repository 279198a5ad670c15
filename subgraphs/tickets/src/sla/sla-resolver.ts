import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { TeamType } from '../directory/schema/directory-types.js';
import type { TeamRecord } from '../directory/store/directory-records.js';
import { ROUTING_EVENT_PREFIX } from '../routing/routing-events.js';
import { TicketType } from '../schema/object-types.js';
import type { TicketRecord } from '../store/ticket-records.js';
import type { TicketsContext } from '../tickets-context.js';
import type { TeamCalendar } from './sla-records.js';
import { SlaNoticeType, SlaPolicyInput, SlaPolicyType, TeamCalendarInput, TeamCalendarType, TicketSlaType } from './schema/sla-types.js';

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function toCalendar(calendar: TeamCalendar): TeamCalendarType {
  return { ...calendar, openDays: [...calendar.openDays], holidays: [...calendar.holidays], opensAt: hhmm(calendar.opensAt), closesAt: hhmm(calendar.closesAt) };
}

@Resolver(() => TicketType)
export class TicketSlaResolver {
  @FieldResolver(() => TicketSlaType, { description: 'Deadlines under the SLA policy' })
  async sla(@Root() ticket: TicketRecord, @Ctx() context: TicketsContext): Promise<TicketSlaType> {
    const state = await context.sla.stateOf(ticket);
    return {
      policy: state.policy,
      firstResponseDueAt: state.firstResponse.dueAt,
      nextResponseDueAt: state.nextResponse?.dueAt ?? null,
      resolutionDueAt: state.resolution.dueAt,
      breached: state.breached,
      paused: state.paused,
    };
  }
}

@Resolver(() => TeamType)
export class TeamCalendarResolver {
  @FieldResolver(() => TeamCalendarType, { nullable: true, description: 'Working hours; null: always open' })
  async calendar(@Root() team: TeamRecord, @Ctx() context: TicketsContext): Promise<TeamCalendarType | null> {
    const calendar = await context.sla.calendar(team.id);
    return calendar ? toCalendar(calendar) : null;
  }
}

@Resolver(() => SlaPolicyType)
export class SlaPolicyResolver {
  @Query(() => [SlaPolicyType], { description: 'Configured SLA policies (tickets no policy matches use the priority defaults)' })
  slaPolicies(@Ctx() context: TicketsContext): Promise<SlaPolicyType[]> {
    return context.sla.policies() as Promise<SlaPolicyType[]>;
  }

  @Mutation(() => SlaPolicyType, { nullable: true, description: 'Leads, admins: adds or replaces a policy' })
  saveSlaPolicy(@Arg('input', () => SlaPolicyInput) input: SlaPolicyInput, @Ctx() context: TicketsContext): Promise<SlaPolicyType> {
    return context.sla.savePolicy(context.identity, input) as Promise<SlaPolicyType>;
  }

  @Mutation(() => TeamCalendarType, { nullable: true, description: 'Leads, admins: a team\'s working hours and holidays' })
  async setTeamCalendar(@Arg('input', () => TeamCalendarInput) input: TeamCalendarInput, @Ctx() context: TicketsContext): Promise<TeamCalendarType> {
    return toCalendar(await context.sla.setCalendar(context.identity, input));
  }

  @Subscription(() => SlaNoticeType, { topics: ROUTING_EVENT_PREFIX, description: 'Your tickets\' SLA deadlines coming near, and breaches' })
  slaNotices(): Partial<SlaNoticeType> {
    return {};
  }
}
