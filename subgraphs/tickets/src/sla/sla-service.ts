import { randomUUID } from 'node:crypto';
import { ClientErrors, type Identity } from '@support-graph/runtime';
import { optionalText, requiredText, validId } from '../domain/input-limits.js';
import { CustomerTier, TicketPriority } from '../domain/ticket-enums.js';
import type { DirectoryService } from '../directory/directory-service.js';
import type { TicketRecord } from '../store/ticket-records.js';
import type { TicketStore } from '../store/ticket-store.js';
import { policyFor, slaState, type SlaState } from './sla-clock.js';
import type { SlaPolicy, TeamCalendar } from './sla-records.js';
import type { SlaStore } from './store/sla-store.js';

export interface SlaPolicyCommand {
  readonly id?: string | null;
  readonly name: string;
  readonly priority?: string | null;
  readonly tier?: string | null;
  readonly category?: string | null;
  readonly firstResponseMinutes: number;
  readonly nextResponseMinutes: number;
  readonly resolutionMinutes: number;
}

export interface TeamCalendarCommand {
  readonly teamId: string;
  readonly utcOffsetMinutes: number;
  readonly openDays: readonly number[];
  readonly opensAt: string;
  readonly closesAt: string;
  readonly holidays?: readonly string[] | null;
}

const MAX_TARGET_MINUTES = 60 * 24 * 365;
const MANAGERS = new Set(['lead', 'admin']);

/** SLA policies per priority, tier and category, team calendars, and a ticket's SLA now. */
export class SlaService {
  constructor(
    private readonly store: SlaStore,
    private readonly tickets: TicketStore,
    private readonly directory: DirectoryService,
    /** The team a ticket was routed to (its calendar applies), from routing. */
    private readonly teamOf: (ticketId: string) => Promise<string | null>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async stateOf(ticket: TicketRecord): Promise<SlaState> {
    const [policies, customer, teamId] = await Promise.all([this.store.policies(), this.tickets.findCustomer(ticket.customerId), this.teamOf(ticket.id)]);
    const calendar = teamId ? await this.store.calendar(teamId) : null;
    return slaState(ticket, policyFor(policies, ticket, customer?.tier ?? null), calendar, this.now());
  }

  policies(): Promise<SlaPolicy[]> {
    return this.store.policies();
  }

  async savePolicy(actor: Identity, command: SlaPolicyCommand): Promise<SlaPolicy> {
    assertManager(actor);
    const policy: SlaPolicy = {
      id: command.id ? validId('id', command.id) : randomUUID(),
      name: requiredText('name', command.name, 80),
      priority: oneOf('priority', optionalText('priority', command.priority, 20), Object.values(TicketPriority)),
      tier: oneOf('tier', optionalText('tier', command.tier, 20), Object.values(CustomerTier)),
      category: optionalText('category', command.category, 80) ?? null,
      firstResponseMinutes: minutes('firstResponseMinutes', command.firstResponseMinutes),
      nextResponseMinutes: minutes('nextResponseMinutes', command.nextResponseMinutes),
      resolutionMinutes: minutes('resolutionMinutes', command.resolutionMinutes),
    };
    await this.store.savePolicy(policy);
    return policy;
  }

  async setCalendar(actor: Identity, command: TeamCalendarCommand): Promise<TeamCalendar> {
    assertManager(actor);
    const teamId = validId('teamId', command.teamId);
    if (!(await this.directory.teamsByIds([teamId]))[0]) throw ClientErrors.notFound('Team', teamId);
    if (!Number.isInteger(command.utcOffsetMinutes) || Math.abs(command.utcOffsetMinutes) > 14 * 60) throw ClientErrors.badInput('utcOffsetMinutes', 'must be an integer within ±840');
    if (command.openDays.some((day) => !Number.isInteger(day) || day < 0 || day > 6)) throw ClientErrors.badInput('openDays', 'days are 0 (Sunday) to 6');
    const opensAt = clockMinutes('opensAt', command.opensAt);
    const closesAt = clockMinutes('closesAt', command.closesAt);
    if (closesAt <= opensAt) throw ClientErrors.badInput('closesAt', 'must be after opensAt');
    const holidays = [...(command.holidays ?? [])];
    if (holidays.length > 366 || holidays.some((day) => !/^\d{4}-\d{2}-\d{2}$/.test(day))) throw ClientErrors.badInput('holidays', 'dates as YYYY-MM-DD, at most 366');
    if (command.openDays.length === 0) throw ClientErrors.badInput('openDays', 'at least one day');
    const calendar: TeamCalendar = { teamId, utcOffsetMinutes: command.utcOffsetMinutes, openDays: [...new Set(command.openDays)], opensAt, closesAt, holidays };
    await this.store.saveCalendar(calendar);
    return calendar;
  }

  calendar(teamId: string): Promise<TeamCalendar | null> {
    return this.store.calendar(teamId);
  }
}

function assertManager(actor: Identity): void {
  if (!MANAGERS.has(actor.role)) throw ClientErrors.forbidden('Only leads and admins change SLA policies and calendars');
}

function minutes(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_TARGET_MINUTES) throw ClientErrors.badInput(field, `must be whole minutes from 1 to ${MAX_TARGET_MINUTES}`);
  return value;
}

function oneOf(field: string, value: string | undefined, allowed: readonly string[]): string | null {
  if (value === undefined) return null;
  const upper = value.toUpperCase();
  if (!allowed.includes(upper)) throw ClientErrors.badInput(field, `must be one of ${allowed.join(', ')}`);
  return upper;
}

/** `HH:MM` → minutes after midnight (24:00 allowed as the end of the day). */
function clockMinutes(field: string, value: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  const total = match ? Number(match[1]) * 60 + Number(match[2]) : -1;
  if (!match || Number(match[2]) > 59 || total > 1440) throw ClientErrors.badInput(field, 'must be HH:MM');
  return total;
}
