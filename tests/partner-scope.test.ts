import { readFileSync } from 'node:fs';
import { PlatformFixture } from './support/platform-fixture.js';
import { CREATE_TICKET, CUSTOMER_GET_TICKET, GET_TICKET } from './support/ticket-operations.js';

/**
 * Partner scope as docs/partners.md states it (issue 11, finding 2): a partner sees and acts only on
 * the tickets its own integration opened; its messages show as PARTNER and move nothing; opening a
 * ticket for an existing customer never shows that customer's other tickets. Every request below is
 * a manifest operation sent by id, exactly as a partner's integration sends it.
 */
interface Manifest {
  readonly operations: readonly { id: string; name: string }[];
}
const manifest = JSON.parse(readFileSync(new URL('../schema/persisted-query-manifest.json', import.meta.url), 'utf8')) as Manifest;
const idOf = (name: string) => manifest.operations.find((operation) => operation.name === name)!.id;

const WEB_SUBJECT = 'Web ticket of Dana: refund for order 5521';

let fixture: PlatformFixture;
let partnerA: string;
let partnerB: string;
let agent: string;
let dana: string;
let danaTicket: string;
let partnerATicket: string;

async function run(token: string, operation: string, variables: Record<string, unknown>) {
  const response = await fetch(fixture.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ documentId: `sha256:${idOf(operation)}`, variables }),
  });
  const text = await response.text();
  return { text, ...(JSON.parse(text) as { data?: any; errors?: { extensions?: { code?: string } }[] }) };
}

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
  partnerA = await fixture.token('partner', 'acme-integration');
  partnerB = await fixture.token('partner', 'globex-integration');
  agent = await fixture.token('agent');
  dana = await fixture.token('customer', 'dana@example.com');
  const web = await fixture.graphql(dana, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', { i: { subject: WEB_SUBJECT, description: 'Returned the shoes, card 4111 1111 1111 1111' } });
  danaTicket = web.data.createTicket.id;
  const opened = await run(partnerA, 'PartnerCreateTicket', { input: { subject: 'Acme sync 1', description: 'From Acme', customer: { email: 'dana@example.com' } } });
  expect(opened.errors).toBeUndefined();
  partnerATicket = opened.data.createTicket.id;
  await fixture.graphql(agent, CREATE_TICKET, { input: { subject: 'Agent ticket for Ann', description: 'Phone call', customer: { email: 'ann@example.com' } } });
});
afterAll(() => fixture?.stop());

it("lists only the partner's own integration's tickets, never a customer's web tickets", async () => {
  const listed = await run(partnerA, 'PartnerTickets', { first: 50 });
  expect(listed.data.tickets.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([partnerATicket]);
  expect(listed.data.tickets.totalCount).toBe(1);
  expect(listed.text).not.toContain(WEB_SUBJECT);
  const other = await run(partnerB, 'PartnerTickets', { first: 50 });
  expect(other.data.tickets.totalCount).toBe(0);
});

it("answers another integration's or a customer's ticket exactly like a missing one, through every manifest query", async () => {
  for (const operation of ['PartnerTicket', 'MyTicket', 'TicketDetail']) {
    if (!manifest.operations.some((candidate) => candidate.name === operation)) continue;
    const foreign = await run(partnerA, operation, { id: danaTicket });
    expect(foreign.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(foreign.text).not.toContain(WEB_SUBJECT);
    expect(foreign.text).not.toContain('4111');
    const ofA = await run(partnerB, operation, { id: partnerATicket });
    expect(ofA.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  }
});

it("refuses a partner's message on someone else's ticket and writes nothing", async () => {
  const posted = await run(partnerB, 'PartnerAddMessage', { ticketId: danaTicket, body: 'Click here to verify your card' });
  expect(posted.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  const read = await fixture.graphql(dana, CUSTOMER_GET_TICKET, { id: danaTicket });
  expect(read.data.ticket.status).toBe('NEW');
  expect(read.text).not.toContain('verify your card');
});

it('shows a partner message as PARTNER with the integration name, and leaves status and first response alone', async () => {
  const posted = await run(partnerA, 'PartnerAddMessage', { ticketId: partnerATicket, body: 'Customer called us too' });
  expect(posted.errors).toBeUndefined();
  expect(posted.data.addMessage.status).toBe('NEW');
  const read = await fixture.graphql(agent, GET_TICKET, { id: partnerATicket });
  expect(read.data.ticket.status).toBe('NEW');
  expect(read.data.ticket.firstResponseAt).toBeNull();
  const message = read.data.ticket.messages.at(-1);
  expect(message).toMatchObject({ authorRole: 'PARTNER', authorId: 'acme-integration' });
});

it("opening a ticket for an existing customer does not show the partner that customer's other tickets", async () => {
  const opened = await run(partnerB, 'PartnerCreateTicket', { input: { subject: 'Globex sync', description: 'From Globex', customer: { email: 'dana@example.com' } } });
  expect(opened.errors).toBeUndefined();
  expect(opened.text).not.toContain(WEB_SUBJECT);
  const listed = await run(partnerB, 'PartnerTickets', { first: 50 });
  expect(listed.data.tickets.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([opened.data.createTicket.id]);
});
