import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import { ADD_MESSAGE, ASSIGN, CHANGE_STATUS, CREATE_TICKET, GET_TICKET, LIST_TICKETS, UPDATE_TICKET } from './support/ticket-operations.js';

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

  it('refuses NUL and other control characters in every text field and filter with BAD_USER_INPUT, never a server error (issue 11, finding 6)', async () => {
    await expectRefused(CREATE_TICKET, { input: { ...valid, subject: 'Card\u0000declined' } }, /^subject: must not contain control characters/);
    await expectRefused(CREATE_TICKET, { input: { ...valid, description: 'Card declined \u0007 at checkout' } }, /^description/);
    await expectRefused(CREATE_TICKET, { input: { ...valid, customer: { email: 'nul@example.com', name: 'Ann\u0000 Smith' } } }, /^customer\.name/);
    const filter = await fixture.graphql(agent, LIST_TICKETS, { filter: { text: 'Ann\u0000' } });
    expect(errorCodes(filter)).toEqual(['BAD_USER_INPUT']);
    expect(filter.errors?.[0]?.message).toMatch(/^filter\.text/);
    const created = await fixture.graphql(agent, CREATE_TICKET, { input: valid });
    const assign = await fixture.graphql(agent, ASSIGN, { id: created.data.createTicket.id, assigneeId: 'agent\u0000-7' });
    expect(errorCodes(assign)).toEqual(['BAD_USER_INPUT']);
    expect(assign.errors?.[0]?.message).toMatch(/^assigneeId/);
    // Tabs and line breaks are ordinary text in a description.
    const multiline = await fixture.graphql(agent, CREATE_TICKET, { input: { ...valid, description: 'Step 1:\tpay\r\nStep 2: declined' } });
    expect(multiline.errors).toBeUndefined();
  });

  it('refuses bidirectional overrides and invalid Unicode, which would make a subject display as something else (finding 8)', async () => {
    await expectRefused(CREATE_TICKET, { input: { ...valid, subject: 'Invoice \u202Efdp.exe' } }, /^subject: must not contain bidirectional/);
    await expectRefused(CREATE_TICKET, { input: { ...valid, customer: { email: 'bidi@example.com', name: 'Ann \u2066Admin\u2069' } } }, /^customer\.name/);
    await expectRefused(CREATE_TICKET, { input: { ...valid, subject: 'Broken \uD800 text' } }, /^subject: is not valid Unicode/);
  });

  it('counts length as a person sees it: 200 emoji fit a 200-character subject, 201 do not (finding 8)', async () => {
    const created = await fixture.graphql(agent, CREATE_TICKET, { input: { ...valid, subject: '👍🏽'.repeat(200) } });
    expect(created.errors).toBeUndefined();
    expect(created.data.createTicket.subject).toBe('👍🏽'.repeat(200));
    await expectRefused(CREATE_TICKET, { input: { ...valid, subject: '👍🏽'.repeat(201) } }, /^subject: must be at most 200 characters/);
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
