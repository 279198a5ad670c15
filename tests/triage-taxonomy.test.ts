import { PlatformFixture } from './support/platform-fixture.js';
import { CREATE_TICKET } from './support/ticket-operations.js';

// Display names for triage categories and teams (support_agents/rules/taxonomy.yaml) through the gateway.
describe('triage taxonomy', () => {
  let fixture: PlatformFixture;
  let agent: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ TRIAGE_TRAINING_DATA: 'none', AGENTS_AUTOMATION: 'false' });
    agent = await fixture.token('agent');
  });
  afterAll(() => fixture.stop());

  it('lists every category with its display name and team, for the console pick lists', async () => {
    const response = await fixture.graphql(agent, '{ triageCategories { id name team teamName } }');
    expect(response.errors).toBeUndefined();
    const categories = response.data.triageCategories as { id: string; name: string; team: string; teamName: string }[];
    expect(categories.length).toBeGreaterThanOrEqual(77);
    expect(categories).toContainEqual({ id: 'lost_or_stolen_card', name: 'Lost or stolen card', team: 'card-security', teamName: 'Card security' });
    const names = categories.map((category) => category.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("names a ticket's category and team, also for a category the file does not know", async () => {
    const created = await fixture.graphql(agent, CREATE_TICKET, { input: { subject: 'Card never came', description: 'Still waiting', customer: { email: 'taxonomy@example.com' } } });
    const ticketId = created.data.createTicket.id;
    const override = 'mutation($t: ID!, $c: String!, $team: String){ overrideTriage(ticketId: $t, category: $c, team: $team){ triage { category categoryName team teamName } } }';
    const known = await fixture.graphql(agent, override, { t: ticketId, c: 'card_arrival', team: 'cards' });
    expect(known.data.overrideTriage.triage).toEqual({ category: 'card_arrival', categoryName: 'Card arrival', team: 'cards', teamName: 'Cards' });
    const own = await fixture.graphql(agent, override, { t: ticketId, c: 'late_delivery', team: 'returns-desk' });
    expect(own.data.overrideTriage.triage).toEqual({ category: 'late_delivery', categoryName: 'Late delivery', team: 'returns-desk', teamName: 'Returns desk' });
  });

  it('refuses the pick list to customers', async () => {
    const response = await fixture.graphql(await fixture.token('customer'), '{ triageCategories { id } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
