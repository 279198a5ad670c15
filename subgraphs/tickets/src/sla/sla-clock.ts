import { FIRST_RESPONSE_TARGET_MS, RESOLUTION_TARGET_MS } from '../domain/sla-policy.js';
import { MessageAuthorRole, TicketStatus, type TicketPriority } from '../domain/ticket-enums.js';
import type { TicketRecord } from '../store/ticket-records.js';
import { addBusinessTime, businessTimeBetween, type BusinessCalendar } from './business-calendar.js';
import type { SlaPolicy } from './sla-records.js';

const MINUTE = 60_000;
/** A pause that ends after the deadline moves it again: a few rounds settle it. */
const SETTLE_ROUNDS = 10;

/** Which clock a deadline belongs to. */
export const SlaClock = { FIRST_RESPONSE: 'FIRST_RESPONSE', NEXT_RESPONSE: 'NEXT_RESPONSE', RESOLUTION: 'RESOLUTION' } as const;
export type SlaClock = (typeof SlaClock)[keyof typeof SlaClock];

export interface SlaDeadline {
  readonly clock: SlaClock;
  readonly dueAt: Date;
  /** When it was met (the reply, the resolution); null while running. */
  readonly metAt: Date | null;
  readonly breached: boolean;
}

export interface SlaState {
  readonly policy: string;
  readonly firstResponse: SlaDeadline;
  readonly nextResponse: SlaDeadline | null;
  readonly resolution: SlaDeadline;
  readonly breached: boolean;
  /** Waiting on the customer: the clocks stand still. */
  readonly paused: boolean;
}

/** The policy used when no configured one matches: the priority targets the ticket's `slaDueAt` has always used. */
export function defaultPolicy(priority: TicketPriority): SlaPolicy {
  return {
    id: 'default',
    name: `Default (${priority.toLowerCase()})`,
    priority,
    tier: null,
    category: null,
    firstResponseMinutes: FIRST_RESPONSE_TARGET_MS[priority] / MINUTE,
    nextResponseMinutes: FIRST_RESPONSE_TARGET_MS[priority] / MINUTE,
    resolutionMinutes: RESOLUTION_TARGET_MS[priority] / MINUTE,
  };
}

/** The configured policy matching the most of priority, tier and category (none may contradict the ticket). */
export function policyFor(policies: readonly SlaPolicy[], ticket: { priority: TicketPriority; category: string | null }, tier: string | null): SlaPolicy {
  let best: SlaPolicy | undefined;
  let bestScore = -1;
  for (const policy of policies) {
    const criteria: [string | null, string | null][] = [
      [policy.priority, ticket.priority],
      [policy.tier, tier],
      [policy.category, ticket.category],
    ];
    if (criteria.some(([wanted, actual]) => wanted !== null && wanted.toLowerCase() !== (actual ?? '').toLowerCase())) continue;
    const score = criteria.filter(([wanted]) => wanted !== null).length;
    if (score > bestScore || (score === bestScore && best && policy.id < best.id)) [best, bestScore] = [policy, score];
  }
  return best ?? defaultPolicy(ticket.priority);
}

/** Intervals the ticket spent waiting on the customer, from its status history; an open one ends `now`. */
export function pauses(ticket: Pick<TicketRecord, 'history'>, now: Date): [Date, Date][] {
  const intervals: [Date, Date][] = [];
  let since: Date | null = null;
  for (const entry of ticket.history) {
    if (entry.field !== 'status') continue;
    if (entry.to === TicketStatus.PENDING_CUSTOMER && !since) since = entry.changedAt;
    else if (entry.to !== TicketStatus.PENDING_CUSTOMER && since) {
      intervals.push([since, entry.changedAt]);
      since = null;
    }
  }
  if (since) intervals.push([since, now]);
  return intervals;
}

/** `target` of open, unpaused time after `start`. */
function deadline(calendar: BusinessCalendar | null, start: Date, targetMs: number, paused: readonly [Date, Date][]): Date {
  let due = addBusinessTime(calendar, start, targetMs);
  for (let round = 0; round < SETTLE_ROUNDS; round += 1) {
    const pausedMs = paused.reduce((sum, [from, to]) => sum + businessTimeBetween(calendar, from < start ? start : from, to < due ? to : due), 0);
    const next = addBusinessTime(calendar, start, targetMs + pausedMs);
    if (next.getTime() === due.getTime()) break;
    due = next;
  }
  return due;
}

function clock(kind: SlaClock, dueAt: Date, metAt: Date | null, now: Date): SlaDeadline {
  return { clock: kind, dueAt, metAt, breached: (metAt ?? now) > dueAt };
}

/** The ticket's SLA now: its deadlines under the policy and calendar, with time waiting on the customer left out. */
export function slaState(ticket: TicketRecord, policy: SlaPolicy, calendar: BusinessCalendar | null, now: Date): SlaState {
  const paused = pauses(ticket, now);
  const firstResponse = clock(SlaClock.FIRST_RESPONSE, deadline(calendar, ticket.createdAt, policy.firstResponseMinutes * MINUTE, paused), ticket.firstResponseAt, now);
  const closed = ticket.status === TicketStatus.RESOLVED || ticket.status === TicketStatus.CLOSED;
  const resolution = clock(SlaClock.RESOLUTION, deadline(calendar, ticket.createdAt, policy.resolutionMinutes * MINUTE, paused), closed ? (ticket.resolvedAt ?? ticket.updatedAt) : null, now);
  const nextResponse = ticket.firstResponseAt && !closed ? nextResponseClock(ticket, policy, calendar, paused, now) : null;
  return {
    policy: policy.name,
    firstResponse,
    nextResponse,
    resolution,
    breached: firstResponse.breached || resolution.breached || (nextResponse?.breached ?? false),
    paused: ticket.status === TicketStatus.PENDING_CUSTOMER,
  };
}

/** Runs from the customer's oldest public message the team has not answered yet. */
function nextResponseClock(ticket: TicketRecord, policy: SlaPolicy, calendar: BusinessCalendar | null, paused: readonly [Date, Date][], now: Date): SlaDeadline | null {
  let waitingSince: Date | null = null;
  for (const message of ticket.messages) {
    if (message.internal) continue;
    if (message.authorRole === MessageAuthorRole.CUSTOMER) waitingSince ??= message.createdAt;
    else if (message.authorRole === MessageAuthorRole.AGENT || message.authorRole === MessageAuthorRole.AI) waitingSince = null;
  }
  if (!waitingSince || (ticket.firstResponseAt && waitingSince < ticket.firstResponseAt)) return null;
  return clock(SlaClock.NEXT_RESPONSE, deadline(calendar, waitingSince, policy.nextResponseMinutes * MINUTE, paused), null, now);
}
