import { PlatformFixture } from './support/platform-fixture.js';
import { ROUTE, teamWithAgents, type TestAgent } from './support/routing-operations.js';
import { connectSubscriptions, eventually, type SubscriptionClient } from './support/subscription-client.js';

const SLA = 'query($id: ID!) { ticket(id: $id) { sla { policy firstResponseDueAt nextResponseDueAt resolutionDueAt breached paused } } }';
const SAVE_POLICY = 'mutation($i: SlaPolicyInput!) { saveSlaPolicy(input: $i) { id name } }';
const MOVE = 'mutation($id: ID!, $s: TicketStatus!) { changeTicketStatus(id: $id, status: $s) { status } }';

/**
 * SLA policies through the gateway: the most specific policy applies, a team calendar moves the
 * deadlines into working hours, waiting on the customer stops the clocks, and the assigned agent is
 * warned live before a deadline passes (and is told who it is for: their ticket).
 */
describe('SLA policies and breach warnings', () => {
  let fixture: PlatformFixture;
  let admin: string;
  let agent: TestAgent;
  let calendarTeam: TestAgent;
  const clients: SubscriptionClient[] = [];

  beforeAll(async () => {
    // Warned an hour ahead, checked every half second: a ticket with a 45-minute target is warned at once, 45 minutes before it breaches.
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off', SLA_WARNING_BEFORE_SECONDS: '3600', SLA_CHECK_INTERVAL_SECONDS: '0.5' });
    admin = await fixture.token('admin', 'root@support.local');
    agent = (await teamWithAgents(fixture, admin, 'Urgent desk', [5]))[0]!;
    calendarTeam = (await teamWithAgents(fixture, admin, 'Office hours', [5]))[0]!;
    const urgentVip = await fixture.graphql(admin, SAVE_POLICY, { i: { name: 'Urgent VIP', priority: 'URGENT', tier: 'VIP', firstResponseMinutes: 15, nextResponseMinutes: 30, resolutionMinutes: 120 } });
    expect(urgentVip.errors).toBeUndefined();
    const urgent = await fixture.graphql(admin, SAVE_POLICY, { i: { name: 'Urgent', priority: 'URGENT', firstResponseMinutes: 45, nextResponseMinutes: 60, resolutionMinutes: 240 } });
    expect(urgent.errors).toBeUndefined();
    const lowOffice = await fixture.graphql(admin, SAVE_POLICY, { i: { name: 'Low, office hours', priority: 'LOW', firstResponseMinutes: 30, nextResponseMinutes: 30, resolutionMinutes: 600 } });
    expect(lowOffice.errors).toBeUndefined();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await fixture.stop();
  });

  async function ticket(priority: string, teamId: string): Promise<string> {
    const created = await fixture.graphql(admin, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', { i: { subject: 'Outage', description: 'Nothing works', priority, customer: { email: 'sla@example.com' } } });
    const id = created.data.createTicket.id as string;
    const routed = await fixture.graphql(admin, ROUTE, { t: id, team: teamId });
    expect(routed.errors).toBeUndefined();
    return id;
  }

  it('warns the assigned agent live before the breach', async () => {
    const client = connectSubscriptions(fixture.gatewayUrl, { token: await fixture.token('agent', agent.email) });
    clients.push(client);
    const notices = client.subscribe('subscription { slaNotices { ticketId clock dueAt breached occurredAt ticket { id subject } } }');
    const assignments = client.subscribe('subscription { assignmentNotifications { ticketId reason ticket { subject } } }');
    await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners === 2);
    const id = await ticket('URGENT', agent.teamId);
    const [assigned] = await assignments.waitFor(1, 10_000);
    expect(assigned?.data.assignmentNotifications).toMatchObject({ ticketId: id, ticket: { subject: 'Outage' } });
    const [notice] = await notices.waitFor(1, 10_000);
    const warning = notice?.data.slaNotices;
    expect(warning).toMatchObject({ ticketId: id, clock: 'FIRST_RESPONSE', breached: false, ticket: { id, subject: 'Outage' } });
    // Before the breach: the deadline is still ahead when the warning arrives, by the policy's 45 minutes (less the check interval).
    const ahead = new Date(warning.dueAt).getTime() - Date.now();
    expect(ahead).toBeGreaterThan(44 * 60_000);
    const sla = (await fixture.graphql(admin, SLA, { id })).data.ticket.sla;
    expect(sla).toMatchObject({ policy: 'Urgent', breached: false, paused: false, nextResponseDueAt: null });
    expect(sla.firstResponseDueAt).toBe(warning.dueAt);
    // The same deadline is not warned about twice.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(notices.results.filter((result) => result.data.slaNotices.ticketId === id)).toHaveLength(1);
  }, 30_000);

  it('stops the clocks while waiting on the customer', async () => {
    const id = await ticket('NORMAL', agent.teamId);
    const before = (await fixture.graphql(admin, SLA, { id })).data.ticket.sla;
    expect(before.policy).toBe('Default (normal)');
    await fixture.graphql(admin, MOVE, { id, s: 'OPEN' });
    await fixture.graphql(admin, MOVE, { id, s: 'PENDING_CUSTOMER' });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const paused = (await fixture.graphql(admin, SLA, { id })).data.ticket.sla;
    expect(paused.paused).toBe(true);
    // The resolution deadline moved by the time spent waiting.
    expect(new Date(paused.resolutionDueAt).getTime() - new Date(before.resolutionDueAt).getTime()).toBeGreaterThanOrEqual(1000);
  }, 30_000);

  it('counts only the team\'s working hours and skips its holidays', async () => {
    // Open one hour a day, Mondays only, 09:00–10:00 UTC; the next Monday is a holiday.
    const now = new Date();
    const daysToMonday = (8 - now.getUTCDay()) % 7 || 7;
    const nextMonday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + daysToMonday)).toISOString().slice(0, 10);
    const calendar = await fixture.graphql(admin, 'mutation($i: TeamCalendarInput!) { setTeamCalendar(input: $i) { teamId opensAt closesAt holidays } }', {
      i: { teamId: calendarTeam.teamId, utcOffsetMinutes: 0, openDays: [1], opensAt: '09:00', closesAt: '10:00', holidays: [nextMonday] },
    });
    expect(calendar.data.setTeamCalendar).toMatchObject({ opensAt: '09:00', closesAt: '10:00', holidays: [nextMonday] });
    const id = await ticket('LOW', calendarTeam.teamId);
    const sla = (await fixture.graphql(admin, SLA, { id })).data.ticket.sla;
    expect(sla.policy).toBe('Low, office hours');
    const due = new Date(sla.firstResponseDueAt);
    expect(due.getUTCDay()).toBe(1);
    expect(due.toISOString().slice(0, 10)).not.toBe(nextMonday);
    expect(due.getUTCHours() * 60 + due.getUTCMinutes()).toBeGreaterThanOrEqual(9 * 60 + 30);
    expect(due.getUTCHours() * 60 + due.getUTCMinutes()).toBeLessThanOrEqual(10 * 60);
  }, 30_000);

  it('refuses bad policies and calendars with a clear code, and non-managers', async () => {
    const bad = await fixture.graphql(admin, SAVE_POLICY, { i: { name: 'x', priority: 'SOON', firstResponseMinutes: 1, nextResponseMinutes: 1, resolutionMinutes: 1 } });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const zero = await fixture.graphql(admin, SAVE_POLICY, { i: { name: 'x', firstResponseMinutes: 0, nextResponseMinutes: 1, resolutionMinutes: 1 } });
    expect(zero.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const agentToken = await fixture.token('agent', agent.email);
    const refused = await fixture.graphql(agentToken, SAVE_POLICY, { i: { name: 'x', firstResponseMinutes: 1, nextResponseMinutes: 1, resolutionMinutes: 1 } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const badCalendar = await fixture.graphql(admin, 'mutation($i: TeamCalendarInput!) { setTeamCalendar(input: $i) { teamId } }', { i: { teamId: agent.teamId, utcOffsetMinutes: 0, openDays: [1], opensAt: '18:00', closesAt: '09:00' } });
    expect(badCalendar.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
