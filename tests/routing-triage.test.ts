import { PlatformFixture } from './support/platform-fixture.js';
import { eventually } from './support/platform-process.js';
import { teamWithAgents } from './support/routing-operations.js';

const CREATE = 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }';
const TRIAGED = 'query($id: ID!) { ticket(id: $id) { assigneeId assignmentReason triage { team } } }';

/** When triage decides a ticket's team, the router assigns it to an available agent of the directory team of that name. */
describe('routing follows triage', () => {
  let fixture: PlatformFixture;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ TRIAGE_TRAINING_DATA: 'none' });
  }, 60_000);
  afterAll(() => fixture.stop());

  it('assigns a triaged ticket to an agent of the team triage chose', async () => {
    const admin = await fixture.token('admin', 'root@support.local');
    const ticket = { subject: 'My card was declined', description: 'My card was declined at checkout twice today', customer: { email: 'triaged@example.com' } };
    const first = (await fixture.graphql(admin, CREATE, { i: ticket })).data.createTicket.id;
    const team = await eventually('triage to pick a team', async () => (await fixture.graphql(admin, TRIAGED, { id: first })).data.ticket.triage?.team as string | undefined, 30_000, 200);
    // No directory team of that name (or nobody set up for routing) yet: the first ticket is left to people.
    expect((await fixture.graphql(admin, TRIAGED, { id: first })).data.ticket.assigneeId).toBeNull();
    const [agent] = await teamWithAgents(fixture, admin, team, [4]);
    const second = (await fixture.graphql(admin, CREATE, { i: ticket })).data.createTicket.id;
    const routed = await eventually('the router to assign the triaged ticket', async () => {
      const current = (await fixture.graphql(admin, TRIAGED, { id: second })).data.ticket;
      return current.assigneeId ? current : undefined;
    }, 30_000, 200);
    expect(routed.assigneeId).toBe(agent!.id);
    expect(routed.assignmentReason).toMatch(new RegExp(`^Routed to team ${team}`));
  }, 90_000);
});
