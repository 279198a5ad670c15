import { PlatformFixture } from './support/platform-fixture.js';
import { assignedCount, routeBurst, type RoutedTicket } from './support/routing-burst.js';
import { ASSIGNMENT, inBatches, SET_PRESENCE, teamWithAgents, type TestAgent } from './support/routing-operations.js';

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
  const routed: RoutedTicket[] = [];

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
    routed.push(...(await routeBurst(fixture, agentToken, teams, [fixture.gatewayUrl], 200)));
    // Every place is taken: Billing 28 of 67 tickets, Technical 20 of 67, Accounts 35 of 66; the rest wait.
    expect(assignedCount(routed)).toBe(28 + 20 + 35);
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
