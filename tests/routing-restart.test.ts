import { PlatformFixture } from './support/platform-fixture.js';
import { ASSIGNMENT, CREATE, ROUTE, teamWithAgents, type TestAgent } from './support/routing-operations.js';

const SAVE_MACRO = 'mutation($i: SaveMacroInput!) { saveMacro(input: $i) { id } }';
const SAVE_POLICY = 'mutation($i: SlaPolicyInput!) { saveSlaPolicy(input: $i) { id } }';
const SET_CALENDAR = 'mutation($i: TeamCalendarInput!) { setTeamCalendar(input: $i) { teamId } }';
const SET_STRATEGY = 'mutation($t: ID!) { setTeamRoutingStrategy(teamId: $t, strategy: ROUND_ROBIN) }';
const MY_ROUTING = '{ myRouting { presence capacity { channel limit } skills { categories languages tiers } load { channel open } } }';
const TEAMS = '{ teams { id routingStrategy calendar { utcOffsetMinutes openDays opensAt closesAt holidays } } }';

/**
 * The embedded mode (no Redis) keeps routing state in SQLite under DATA_DIR: after the platform stops
 * and starts again on the same DATA_DIR, macros, SLA policies, team calendars and strategies, an agent's
 * capacity, skills and presence, and the load of the tickets they hold are all still there.
 */
describe('routing state across a restart (embedded mode)', () => {
  let fixture: PlatformFixture;
  let admin: string;
  let agent: TestAgent;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
    admin = await fixture.token('admin', 'root@support.local');
    agent = (await teamWithAgents(fixture, admin, 'Billing', [2], () => ({ languages: ['de', 'en'] })))[0]!;
  }, 60_000);
  afterAll(() => fixture.stop());

  /** A new ticket routed to the agent's team: the decision (assignee null when queued). */
  async function routedTicket(subject: string): Promise<{ ticketId: string; assigneeId: string | null; reason: string }> {
    const created = await fixture.graphql(admin, CREATE, { i: { subject, description: 'Restart test', customer: { email: 'restart@example.com' } } });
    const routed = await fixture.graphql(admin, ROUTE, { t: created.data.createTicket.id, team: agent.teamId, lang: 'de' });
    expect(routed.errors).toBeUndefined();
    return routed.data.routeTicket;
  }

  it('finds macros, SLA policies, calendars, strategies and agents\' routing as they were', async () => {
    const macro = await fixture.graphql(admin, SAVE_MACRO, { i: { name: 'Refund', shortcut: 'refund', teamId: agent.teamId, bodies: [{ language: 'de', text: 'Hallo {{customer.name}}' }], addTags: ['refund'] } });
    expect(macro.errors).toBeUndefined();
    const policy = await fixture.graphql(admin, SAVE_POLICY, { i: { name: 'VIP', tier: 'VIP', firstResponseMinutes: 15, nextResponseMinutes: 30, resolutionMinutes: 120 } });
    expect(policy.errors).toBeUndefined();
    const calendar = await fixture.graphql(admin, SET_CALENDAR, { i: { teamId: agent.teamId, utcOffsetMinutes: 60, openDays: [1, 2, 3, 4, 5], opensAt: '08:00', closesAt: '17:30', holidays: ['2026-12-24'] } });
    expect(calendar.errors).toBeUndefined();
    expect((await fixture.graphql(admin, SET_STRATEGY, { t: agent.teamId })).errors).toBeUndefined();
    const held = await routedTicket('Held before the restart');
    expect(held.assigneeId).toBe(agent.id);
    const agentToken = await fixture.token('agent', agent.email);
    const before = await fixture.graphql(agentToken, MY_ROUTING);
    expect(before.data.myRouting.load).toEqual([{ channel: 'API', open: 1 }]);

    await fixture.restart();

    const macros = await fixture.graphql(agentToken, '{ macros { id name shortcut teamId bodies { language text } addTags } }');
    expect(macros.data.macros).toEqual([{ id: macro.data.saveMacro.id, name: 'Refund', shortcut: 'refund', teamId: agent.teamId, bodies: [{ language: 'de', text: 'Hallo {{customer.name}}' }], addTags: ['refund'] }]);
    const policies = await fixture.graphql(admin, '{ slaPolicies { id name tier firstResponseMinutes nextResponseMinutes resolutionMinutes } }');
    expect(policies.data.slaPolicies).toEqual([{ id: policy.data.saveSlaPolicy.id, name: 'VIP', tier: 'VIP', firstResponseMinutes: 15, nextResponseMinutes: 30, resolutionMinutes: 120 }]);
    const team = (await fixture.graphql(admin, TEAMS)).data.teams.find((candidate: { id: string }) => candidate.id === agent.teamId);
    expect(team).toEqual({ id: agent.teamId, routingStrategy: 'ROUND_ROBIN', calendar: { utcOffsetMinutes: 60, openDays: [1, 2, 3, 4, 5], opensAt: '08:00', closesAt: '17:30', holidays: ['2026-12-24'] } });
    const after = await fixture.graphql(agentToken, MY_ROUTING);
    expect(after.data.myRouting).toEqual({ ...before.data.myRouting, skills: { categories: [], languages: ['de', 'en'], tiers: [] } });
    expect(after.data.myRouting.presence).toBe('ONLINE');
    expect((await fixture.graphql(admin, ASSIGNMENT, { id: held.ticketId })).data.ticket.assignmentReason).toMatch(/^Routed to team Billing \(round robin\)/);

    // The held ticket still counts: capacity 2 takes one more, then the team queues.
    expect((await routedTicket('Second')).assigneeId).toBe(agent.id);
    expect(await routedTicket('Third')).toMatchObject({ assigneeId: null, reason: expect.stringMatching(/^Queued for team Billing/) });
  }, 60_000);
});
