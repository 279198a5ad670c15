import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import { ADD_MESSAGE, CHANGE_STATUS, CREATE_TICKET, GET_TICKET, LIST_TICKETS, UPDATE_TICKET } from './support/ticket-operations.js';

describe('bad input gets BAD_USER_INPUT naming the field, and nothing is written', () => {
  let fixture: PlatformFixture;
  let agent: string;
  const valid = { subject: 'Valid', description: 'Valid description', customer: { email: 'val@example.com' } };

  beforeAll(async () => {
    // Plain ticket behaviour: the AI pipeline would move these tickets on its own.
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
    agent = await fixture.token('agent');
  });
  afterAll(() => fixture.stop());

  async function ticketCount(): Promise<number> {
    return (await fixture.graphql(agent, LIST_TICKETS, {})).data.tickets.totalCount;
  }

  async function expectRefused(query: string, variables: Record<string, unknown>, field: RegExp) {
    const before = await ticketCount();
    const response = await fixture.graphql(agent, query, variables);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(field);
    expect(await ticketCount()).toBe(before);
    return response;
  }

  it('refuses an empty or blank subject', async () => {
    await expectRefused(CREATE_TICKET, { input: { ...valid, subject: '   ' } }, /subject/);
  });

  it('refuses a 1 MB description', async () => {
    await expectRefused(CREATE_TICKET, { input: { ...valid, description: 'x'.repeat(1_000_000) } }, /description/);
  });

  it('refuses an unknown enum value', async () => {
    await expectRefused(CREATE_TICKET, { input: { ...valid, priority: 'SUPER_URGENT' } }, /priority/);
    const created = await fixture.graphql(agent, CREATE_TICKET, { input: valid });
    const move = await fixture.graphql(agent, CHANGE_STATUS, { id: created.data.createTicket.id, status: 'DELETED' });
    expect(errorCodes(move)).toEqual(['BAD_USER_INPUT']);
    expect(move.errors?.[0]?.message).toMatch(/status/);
  });

  it('refuses malformed ids, emails, tags and cursors', async () => {
    const response = await fixture.graphql(agent, GET_TICKET, { id: "1' OR '1'='1" });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/^id/);
    await expectRefused(CREATE_TICKET, { input: { ...valid, customer: { email: 'not-an-email' } } }, /customer\.email/);
    await expectRefused(CREATE_TICKET, { input: { ...valid, tags: ['ok', 'not ok!'] } }, /tags/);
    await expectRefused(CREATE_TICKET, { input: { subject: 'No customer', description: 'staff must name one' } }, /customer/);
    const cursor = await fixture.graphql(agent, LIST_TICKETS, { after: 'garbage' });
    expect(errorCodes(cursor)).toEqual(['BAD_USER_INPUT']);
    const page = await fixture.graphql(agent, LIST_TICKETS, { first: 101 });
    expect(errorCodes(page)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses an oversized message and a bad update without changing the ticket', async () => {
    const created = await fixture.graphql(agent, CREATE_TICKET, { input: valid });
    const { id } = created.data.createTicket;
    const message = await fixture.graphql(agent, ADD_MESSAGE, { id, input: { body: 'y'.repeat(20_001) } });
    expect(errorCodes(message)).toEqual(['BAD_USER_INPUT']);
    const update = await fixture.graphql(agent, UPDATE_TICKET, { id, input: { version: 1, subject: '', priority: 'HIGH' } });
    expect(errorCodes(update)).toEqual(['BAD_USER_INPUT']);
    const after = await fixture.graphql(agent, GET_TICKET, { id });
    expect(after.data.ticket).toMatchObject({ version: 1, priority: 'NORMAL', subject: 'Valid', messages: [] });
  });

  it('refuses a body over the size limit before parsing it', async () => {
    const response = await fetch(fixture.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${agent}` },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'z'.repeat(10_000_000) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
