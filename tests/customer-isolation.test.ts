import { IDENTITY_HEADER, resolveInternalSigningKey, signIdentityHeader } from '@support-graph/runtime';
import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import { CUSTOMER_ADD_MESSAGE, CUSTOMER_CREATE_TICKET, CUSTOMER_GET_TICKET, GET_CUSTOMER, GET_TICKET, LIST_TICKETS } from './support/ticket-operations.js';

describe('a customer only reads and writes their own tickets', () => {
  let fixture: PlatformFixture;
  let alice: string;
  let bob: string;
  let agent: string;
  let bobTicket: { id: string; customer: { id: string } };

  beforeAll(async () => {
    // Plain ticket behaviour: the AI pipeline would move these tickets on its own.
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
    alice = await fixture.token('customer', 'alice@example.com');
    bob = await fixture.token('customer', 'bob@example.com');
    agent = await fixture.token('agent');
    await fixture.graphql(alice, CUSTOMER_CREATE_TICKET, { input: { subject: 'Alice question', description: 'About my plan' } });
    const created = await fixture.graphql(bob, CUSTOMER_CREATE_TICKET, { input: { subject: 'Bob secret', description: 'My PIN is compromised' } });
    bobTicket = created.data.createTicket;
  });
  afterAll(() => fixture.stop());

  it('hides another customer\'s ticket by id as if it did not exist', async () => {
    const response = await fixture.graphql(alice, CUSTOMER_GET_TICKET, { id: bobTicket.id });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    // People read the message in the console: it names what is missing, never a raw id.
    expect(response.errors?.[0]?.message).toBe('Ticket not found, or you may not see it');
    expect(response.data?.ticket ?? null).toBeNull();
    expect(response.text).not.toContain('Bob secret');
    expect(response.text).not.toContain('bob@example.com');
  });

  it('scopes every list to the caller, whatever filter they send', async () => {
    const mine = await fixture.graphql(alice, LIST_TICKETS, {});
    expect(mine.data.tickets.totalCount).toBe(1);
    expect(mine.data.tickets.edges[0].node.subject).toBe('Alice question');
    const sneaky = await fixture.graphql(alice, LIST_TICKETS, { filter: { customerId: bobTicket.customer.id, text: 'secret' } });
    expect(sneaky.data.tickets.totalCount).toBe(0);
    expect(sneaky.text).not.toContain('Bob secret');
    const staff = await fixture.graphql(agent, LIST_TICKETS, {});
    expect(staff.data.tickets.totalCount).toBe(2);
  });

  it('refuses writes to another customer\'s ticket and leaves it untouched', async () => {
    const response = await fixture.graphql(alice, CUSTOMER_ADD_MESSAGE, { id: bobTicket.id, input: { body: 'hello Bob' } });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    const after = await fixture.graphql(agent, GET_TICKET, { id: bobTicket.id });
    expect(after.data.ticket.messages).toHaveLength(0);
  });

  it('refuses opening a ticket in someone else\'s name, and hides other customers', async () => {
    const response = await fixture.graphql(alice, CUSTOMER_CREATE_TICKET, {
      input: { subject: 'x', description: 'y', customer: { email: 'bob@example.com' } },
    });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    const customer = await fixture.graphql(alice, GET_CUSTOMER, { id: bobTicket.customer.id });
    expect(errorCodes(customer)).toEqual(['NOT_FOUND']);
    expect(customer.text).not.toContain('bob@example.com');
  });

  it('keeps customers out of staff-only moves', async () => {
    const note = await fixture.graphql(bob, CUSTOMER_ADD_MESSAGE, { id: bobTicket.id, input: { body: 'note', internal: true } });
    expect(errorCodes(note)).toEqual(['FORBIDDEN']);
  });

  it('returns null through _entities for another customer\'s ticket, even with a valid signed identity', async () => {
    const key = await resolveInternalSigningKey(fixture.config);
    const header = signIdentityHeader({ subject: 'alice@example.com', role: 'customer' }, key);
    const response = await fixture.graphql(
      undefined,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Ticket { id subject } } }',
      { r: [{ __typename: 'Ticket', id: bobTicket.id }] },
      { url: fixture.subgraphUrl('tickets'), headers: { [IDENTITY_HEADER]: header } },
    );
    expect(response.data._entities).toEqual([null]);
    expect(response.text).not.toContain('Bob secret');
  });
});
