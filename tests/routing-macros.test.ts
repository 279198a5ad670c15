import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import { teamWithAgents, type TestAgent } from './support/routing-operations.js';

const SAVE = 'mutation($i: SaveMacroInput!) { saveMacro(input: $i) { id shortcut teamId bodies { language text } setStatus addTags routeToTeamId } }';
const RENDER = 'query($m: ID!, $t: ID!, $l: String) { renderMacro(macroId: $m, ticketId: $t, language: $l) { language text } }';
const APPLY = 'mutation($m: ID!, $t: ID!, $l: String) { applyMacro(macroId: $m, ticketId: $t, language: $l) { language text } }';

/** Macros through the gateway: placeholders filled in the customer's language, actions applied, team and personal scope. */
describe('macros', () => {
  let fixture: PlatformFixture;
  let admin: string;
  let lead: string;
  let billing: TestAgent;
  let other: TestAgent;
  let escalations: string;
  let macroId: string;
  let ticketId: string;
  let ticketNumber: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
    admin = await fixture.token('admin', 'root@support.local');
    billing = (await teamWithAgents(fixture, admin, 'Billing', [5]))[0]!;
    other = (await teamWithAgents(fixture, admin, 'Shipping', [5]))[0]!;
    escalations = (await fixture.graphql(admin, 'mutation { createTeam(name: "Escalations") { id } }')).data.createTeam.id;
    await fixture.graphql(admin, 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', { i: { email: 'lead@support.local', name: 'Lena Lead', role: 'lead', teamIds: [billing.teamId] } });
    lead = await fixture.token('lead', 'lead@support.local');
    const created = await fixture.graphql(admin, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id number } }', { i: { subject: 'Rückerstattung', description: 'Wo ist mein Geld?', customer: { email: 'jana@example.com', name: 'Jana Müller' } } });
    ticketId = created.data.createTicket.id;
    ticketNumber = created.data.createTicket.number;
  }, 60_000);
  afterAll(() => fixture.stop());

  it('lets a lead write a team macro in several languages', async () => {
    const saved = await fixture.graphql(lead, SAVE, {
      i: {
        name: 'Refund on its way',
        shortcut: '/refund',
        teamId: billing.teamId,
        bodies: [
          { language: 'en', text: 'Hello {{customer.name}}, your refund for {{ticket.number}} is on its way. {{ agent.name }}' },
          { language: 'de', text: 'Hallo {{customer.name}}, Ihre Erstattung zu {{ticket.number}} ist unterwegs. {{agent.name}}' },
        ],
        status: 'PENDING_CUSTOMER',
        addTags: ['refund'],
        routeToTeamId: escalations,
      },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveMacro).toMatchObject({ shortcut: 'refund', teamId: billing.teamId, setStatus: 'PENDING_CUSTOMER', addTags: ['refund'] });
    macroId = saved.data.saveMacro.id;
  });

  it('fills the placeholders in the customer\'s language', async () => {
    const agentToken = await fixture.token('agent', billing.email);
    const german = await fixture.graphql(agentToken, RENDER, { m: macroId, t: ticketId, l: 'de-AT' });
    expect(german.data.renderMacro).toEqual({ language: 'de', text: `Hallo Jana Müller, Ihre Erstattung zu ${ticketNumber} ist unterwegs. Billing 0` });
    const fallback = await fixture.graphql(agentToken, RENDER, { m: macroId, t: ticketId, l: 'fr' });
    expect(fallback.data.renderMacro.language).toBe('en');
    expect(fallback.data.renderMacro.text).toBe(`Hello Jana Müller, your refund for ${ticketNumber} is on its way. Billing 0`);
  });

  it('applies the actions when used', async () => {
    const agentToken = await fixture.token('agent', billing.email);
    await fixture.graphql(agentToken, 'mutation($id: ID!) { changeTicketStatus(id: $id, status: OPEN) { id } }', { id: ticketId });
    const applied = await fixture.graphql(agentToken, APPLY, { m: macroId, t: ticketId, l: 'de' });
    expect(applied.errors).toBeUndefined();
    const ticket = await fixture.graphql(agentToken, 'query($id: ID!) { ticket(id: $id) { status tags assignmentReason } }', { id: ticketId });
    expect(ticket.data.ticket.status).toBe('PENDING_CUSTOMER');
    expect(ticket.data.ticket.tags).toContain('refund');
    expect(ticket.data.ticket.assignmentReason).toMatch(/team Escalations/);
  });

  it('shows team macros to the team only, personal ones to their owner', async () => {
    const outsider = await fixture.token('agent', other.email);
    expect((await fixture.graphql(outsider, '{ macros { id } }')).data.macros).toEqual([]);
    expect(errorCodes(await fixture.graphql(outsider, RENDER, { m: macroId, t: ticketId }))).toEqual(['NOT_FOUND']);
    const personal = await fixture.graphql(outsider, SAVE, { i: { name: 'Mine', shortcut: 'thanks', bodies: [{ language: 'en', text: 'Thanks, {{agent.name}}' }] } });
    expect(personal.data.saveMacro.teamId).toBeNull();
    expect((await fixture.graphql(outsider, '{ macros { shortcut } }')).data.macros).toEqual([{ shortcut: 'thanks' }]);
    const member = await fixture.token('agent', billing.email);
    expect((await fixture.graphql(member, '{ macros { shortcut } }')).data.macros).toEqual([{ shortcut: 'refund' }]);
    // Agents write personal macros only.
    expect(errorCodes(await fixture.graphql(member, SAVE, { i: { name: 'x', shortcut: 'x', teamId: billing.teamId, bodies: [{ language: 'en', text: 'x' }] } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await fixture.graphql(member, SAVE, { i: { name: 'x', shortcut: 'bad shortcut', bodies: [{ language: 'en', text: 'x' }] } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await fixture.graphql(member, SAVE, { i: { name: 'x', shortcut: 'x', bodies: [] } }))).toEqual(['BAD_USER_INPUT']);
  });
});
