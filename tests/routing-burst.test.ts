import { PlatformFixture } from './support/platform-fixture.js';
import { ASSIGNMENT, CREATE, inBatches, ROUTE, SET_PRESENCE, teamWithAgents, type TestAgent } from './support/routing-operations.js';

/**
 * A burst of 200 tickets routed over three teams at once, through the gateway: nobody is given
 * more than their capacity, no ticket is given twice, what does not fit waits in the queue and is
 * assigned when a ticket is resolved, and an agent going offline has their tickets reassigned.
 */
describe('routing a burst of tickets to people', () => {
  let fixture: PlatformFixture;
  let admin: string;
  let agentToken: string;
  let teams: TestAgent[][];
  const routed: { ticketId: string; teamIndex: number; assigneeId: string | null }[] = [];

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off', RATE_LIMIT_BURST: '100000', RATE_LIMIT_PER_SECOND: '100000' });
    admin = await fixture.token('admin', 'root@support.local');
    agentToken = await fixture.token('agent');
    teams = [
      await teamWithAgents(fixture, admin, 'Billing', [3, 5, 8, 12]),
      // Only the German speaker may take German tickets.
      await teamWithAgents(fixture, admin, 'Technical', [10, 4, 6], (index) => (index === 0 ? { languages: ['de', 'en'] } : { languages: ['en'] })),
      await teamWithAgents(fixture, admin, 'Accounts', [20, 15]),
    ];
  }, 120_000);
  afterAll(() => fixture.stop());

  it('assigns 200 tickets with no agent over capacity and no ticket twice', async () => {
    const created = await inBatches(Array.from({ length: 200 }, (_, index) => index), 16, async (index) => {
      const response = await fixture.graphql(agentToken, CREATE, { i: { subject: `Burst ${index}`, description: 'Card declined', customer: { email: `burst${index}@example.com` } } });
      if (!response.data?.createTicket) throw new Error(response.text);
      return response.data.createTicket.id as string;
    });
    // Every ticket routed twice at once (two triage decisions racing): still one agent each.
    const requests = created.flatMap((ticketId, index) => {
      const teamIndex = index % 3;
      const language = teamIndex === 1 && index % 2 === 0 ? 'de' : 'en';
      return [{ ticketId, teamIndex, language }, { ticketId, teamIndex, language }];
    });
    const decisions = await inBatches(requests, 24, async ({ ticketId, teamIndex, language }) => {
      const response = await fixture.graphql(agentToken, ROUTE, { t: ticketId, team: teams[teamIndex]![0]!.teamId, lang: language });
      if (!response.data?.routeTicket) throw new Error(response.text);
      return { ticketId, teamIndex, language, assigneeId: response.data.routeTicket.assigneeId as string | null };
    });
    for (let index = 0; index < decisions.length; index += 2) {
      // Both routings of one ticket agree.
      expect(decisions[index + 1]?.assigneeId).toBe(decisions[index]?.assigneeId);
      routed.push({ ticketId: decisions[index]!.ticketId, teamIndex: decisions[index]!.teamIndex, assigneeId: decisions[index]!.assigneeId });
    }

    const tickets = await inBatches(created, 16, async (id) => (await fixture.graphql(agentToken, ASSIGNMENT, { id })).data.ticket);
    const perAgent = new Map<string, number>();
    for (const ticket of tickets) {
      // At most one assignment in the history of each ticket.
      const assignments = ticket.history.filter((entry: { field: string }) => entry.field === 'assignee');
      expect(assignments.length).toBeLessThanOrEqual(1);
      expect(ticket.assignmentReason).toEqual(expect.any(String));
      if (ticket.assigneeId) perAgent.set(ticket.assigneeId, (perAgent.get(ticket.assigneeId) ?? 0) + 1);
      else expect(ticket.assignmentReason).toMatch(/^Queued/);
    }
    for (const [teamIndex, agents] of teams.entries()) {
      for (const agent of agents) expect(perAgent.get(agent.id) ?? 0).toBeLessThanOrEqual(agent.capacity);
      const teamTickets = routed.filter((ticket) => ticket.teamIndex === teamIndex);
      // A ticket only goes to an agent of the team it was routed to.
      for (const ticket of teamTickets) if (ticket.assigneeId) expect(agents.map((agent) => agent.id)).toContain(ticket.assigneeId);
    }
    // Billing (28 places, 67 tickets) and Technical (20 places, 67) fill up; Accounts (35 places, 66) does too.
    expect([...perAgent.values()].reduce((sum, count) => sum + count, 0)).toBe(28 + 20 + 35);
    // German tickets of Technical went to the German speaker only.
    const german = new Set(decisions.filter((decision) => decision.language === 'de').map((decision) => decision.ticketId));
    for (const ticket of tickets) if (german.has(ticket.id) && ticket.assigneeId) expect(ticket.assigneeId).toBe(teams[1]![0]!.id);
  }, 300_000);

  it('gives a queued ticket to the agent whose ticket was resolved', async () => {
    const billing = teams[0]!;
    const busy = routed.find((ticket) => ticket.teamIndex === 0 && ticket.assigneeId === billing[0]!.id)!;
    const move = 'mutation($id: ID!, $s: TicketStatus!) { changeTicketStatus(id: $id, status: $s) { id status } }';
    expect((await fixture.graphql(agentToken, move, { id: busy.ticketId, s: 'OPEN' })).errors).toBeUndefined();
    expect((await fixture.graphql(agentToken, move, { id: busy.ticketId, s: 'RESOLVED' })).errors).toBeUndefined();
    const waiting = routed.filter((ticket) => ticket.teamIndex === 0 && ticket.assigneeId === null).map((ticket) => ticket.ticketId);
    const assignedNow = await eventuallyAssigned(waiting, billing[0]!.id);
    expect(assignedNow).toHaveLength(1);
    // The oldest waiting ticket (all NORMAL) is served first.
    expect(assignedNow[0]).toBe(waiting[0]);
  }, 60_000);

  it('reassigns the open tickets of an agent who goes offline', async () => {
    const accounts = teams[2]!;
    const leaving = accounts[1]!;
    const theirs = routed.filter((ticket) => ticket.assigneeId === leaving.id).map((ticket) => ticket.ticketId);
    expect(theirs.length).toBe(leaving.capacity);
    // Room for some of them with the other agent of the team.
    await fixture.graphql(admin, 'mutation($input: AgentRoutingInput!) { setAgentRouting(input: $input) { agentId } }', { input: { agentId: accounts[0]!.id, capacity: [{ channel: '*', limit: 25 }] } });
    const offline = await fixture.graphql(await fixture.token('agent', leaving.email), SET_PRESENCE, { presence: 'OFFLINE' });
    expect(offline.data.setPresence.presence).toBe('OFFLINE');
    const after = await inBatches(theirs, 8, async (id) => (await fixture.graphql(agentToken, ASSIGNMENT, { id })).data.ticket);
    expect(after.filter((ticket) => ticket.assigneeId === leaving.id)).toEqual([]);
    for (const ticket of after) expect(ticket.assignmentReason).toMatch(/^Reassigned: agent .* went offline/);
    // The queue was served first when capacity grew, so the room that is left goes to the offline agent's tickets.
    const counts = await inBatches(accounts, 2, async (agent) => (await fixture.graphql(agentToken, 'query($a: String) { tickets(filter: { assigneeId: $a }, first: 100) { totalCount } }', { a: agent.id })).data.tickets.totalCount as number);
    expect(counts[0]).toBe(25);
    expect(counts[1]).toBe(0);
  }, 60_000);

  async function eventuallyAssigned(ticketIds: readonly string[], agentId: string): Promise<string[]> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const tickets = await inBatches(ticketIds, 8, async (id) => (await fixture.graphql(agentToken, ASSIGNMENT, { id })).data.ticket);
      const assigned = tickets.filter((ticket) => ticket.assigneeId === agentId).map((ticket) => ticket.id as string);
      if (assigned.length > 0) return assigned;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return [];
  }
});
