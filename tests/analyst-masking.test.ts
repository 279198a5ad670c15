import { PlatformFixture } from './support/platform-fixture.js';

/**
 * Analysts explore the graph with personal data masked (issue 11, finding 3): free text too —
 * subject, description and message bodies — cards, phones, emails and the customer's name.
 */
let fixture: PlatformFixture;

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
});
afterAll(() => fixture?.stop());

it("masks cards, phones and the customer's name in subject, description and bodies for an analyst, and only for them", async () => {
  const agent = await fixture.token('agent');
  const customer = await fixture.token('customer', 'walter.white@example.com');
  const created = await fixture.graphql(customer, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
    i: { subject: 'Walter White: card 4111 1111 1111 1111 declined', description: 'Call me on +1 415 555 0100. Thanks, Walter', customer: { email: 'walter.white@example.com', name: 'Walter White' } },
  });
  const id = created.data.createTicket.id;
  await fixture.graphql(customer, 'mutation($id: ID!) { addMessage(ticketId: $id, input: { body: "Hi, I am Walter White, my email is walter.white@example.com" }) { id } }', { id });
  const read = 'query($id: ID!) { ticket(id: $id) { subject description messages { body } } }';

  const asAnalyst = await fixture.graphql(await fixture.token('analyst'), read, { id });
  expect(asAnalyst.errors).toBeUndefined();
  expect(asAnalyst.data.ticket).toEqual({
    subject: '[NAME]: card [CARD] declined',
    description: 'Call me on [PHONE]. Thanks, [NAME]',
    messages: [{ body: 'Hi, I am [NAME], my email is [EMAIL]' }],
  });
  for (const secret of ['Walter', 'White', '4111', '555 0100', 'walter.white']) expect(asAnalyst.text).not.toContain(secret);

  const asAgent = await fixture.graphql(agent, read, { id });
  expect(asAgent.data.ticket.subject).toBe('Walter White: card 4111 1111 1111 1111 declined');
});
