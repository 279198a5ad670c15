import { addBusinessTime, businessTimeBetween, type BusinessCalendar } from '../src/sla/business-calendar.js';
import { policyFor, slaState } from '../src/sla/sla-clock.js';
import type { SlaPolicy } from '../src/sla/sla-records.js';
import type { TicketRecord } from '../src/store/ticket-records.js';

const HOUR = 3_600_000;
/** Monday to Friday, 09:00–17:00 at UTC+1, Christmas off. */
const OFFICE: BusinessCalendar = { utcOffsetMinutes: 60, openDays: [1, 2, 3, 4, 5], opensAt: 9 * 60, closesAt: 17 * 60, holidays: ['2026-12-25'] };

function ticket(overrides: Partial<TicketRecord>): TicketRecord {
  return {
    id: 't', number: 1, subject: 's', description: 'd', status: 'OPEN', priority: 'NORMAL', category: null, channel: 'WEB', tags: [], tagIndex: '||',
    customerId: 'c', assigneeId: null, integration: null, externalId: null, messages: [], history: [],
    createdAt: new Date('2026-12-01T10:00:00Z'), updatedAt: new Date('2026-12-01T10:00:00Z'), firstResponseAt: null, resolvedAt: null,
    slaDueAt: new Date(0), version: 1, ...overrides,
  } as TicketRecord;
}

const policy = (overrides: Partial<SlaPolicy>): SlaPolicy => ({
  id: 'p', name: 'p', priority: null, tier: null, category: null, firstResponseMinutes: 60, nextResponseMinutes: 60, resolutionMinutes: 480, ...overrides,
});

describe('business calendar', () => {
  it('runs only in open hours, across weekends and holidays', () => {
    // Thursday 24 Dec 2026, 16:30 local (15:30Z): 30 minutes left that day, Friday is Christmas, then Monday 09:00 local.
    const due = addBusinessTime(OFFICE, new Date('2026-12-24T15:30:00Z'), 2 * HOUR);
    expect(due.toISOString()).toBe('2026-12-28T09:30:00.000Z');
    expect(businessTimeBetween(OFFICE, new Date('2026-12-24T15:30:00Z'), due)).toBe(2 * HOUR);
    expect(addBusinessTime(null, new Date('2026-12-24T15:30:00Z'), HOUR).toISOString()).toBe('2026-12-24T16:30:00.000Z');
  });
});

describe('SLA clocks', () => {
  it('picks the most specific policy that does not contradict the ticket', () => {
    const policies = [policy({ id: 'a', name: 'urgent', priority: 'URGENT' }), policy({ id: 'b', name: 'urgent vip', priority: 'URGENT', tier: 'VIP' }), policy({ id: 'c', name: 'billing', category: 'billing' })];
    expect(policyFor(policies, { priority: 'URGENT', category: null }, 'VIP').name).toBe('urgent vip');
    expect(policyFor(policies, { priority: 'URGENT', category: null }, 'STANDARD').name).toBe('urgent');
    expect(policyFor(policies, { priority: 'LOW', category: 'Billing' }, null).name).toBe('billing');
    expect(policyFor(policies, { priority: 'LOW', category: null }, null).name).toBe('Default (low)');
  });

  it('leaves time waiting on the customer out, and reports a breach once a deadline passes unmet', () => {
    const created = new Date('2026-12-01T10:00:00Z');
    const waiting = ticket({
      createdAt: created,
      history: [
        { changedAt: new Date('2026-12-01T10:10:00Z'), actor: 'a', field: 'status', from: 'OPEN', to: 'PENDING_CUSTOMER' },
        { changedAt: new Date('2026-12-01T10:40:00Z'), actor: 'c', field: 'status', from: 'PENDING_CUSTOMER', to: 'OPEN' },
      ],
    });
    const state = slaState(waiting, policy({}), null, new Date('2026-12-01T10:50:00Z'));
    expect(state.firstResponse.dueAt.toISOString()).toBe('2026-12-01T11:30:00.000Z');
    expect(state.breached).toBe(false);
    const late = slaState(waiting, policy({}), null, new Date('2026-12-01T11:31:00Z'));
    expect(late.firstResponse.breached).toBe(true);
    expect(late.breached).toBe(true);
  });

  it('runs the next-response clock from an unanswered customer message', () => {
    const answered = ticket({
      firstResponseAt: new Date('2026-12-01T10:20:00Z'),
      messages: [
        { id: '1', authorId: 'x', authorRole: 'AGENT', body: 'hi', internal: false, createdAt: new Date('2026-12-01T10:20:00Z') },
        { id: '2', authorId: 'c', authorRole: 'CUSTOMER', body: 'still broken', internal: false, createdAt: new Date('2026-12-01T11:00:00Z') },
        { id: '3', authorId: 'x', authorRole: 'AGENT', body: 'note', internal: true, createdAt: new Date('2026-12-01T11:05:00Z') },
      ],
    });
    const state = slaState(answered, policy({ nextResponseMinutes: 30 }), null, new Date('2026-12-01T11:10:00Z'));
    expect(state.nextResponse?.dueAt.toISOString()).toBe('2026-12-01T11:30:00.000Z');
    expect(state.firstResponse.breached).toBe(false);
  });
});
