import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PlatformFixture } from './support/platform-fixture.js';
import { CREATE_TICKET } from './support/ticket-operations.js';

interface Manifest {
  readonly operations: readonly { id: string; name: string; body: string }[];
}

const manifest = JSON.parse(readFileSync(new URL('../schema/persisted-query-manifest.json', import.meta.url), 'utf8')) as Manifest;

function idOf(name: string): string {
  const operation = manifest.operations.find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`no persisted operation ${name}`);
  return operation.id;
}

/** A subject only the agent's ticket carries; a refused partner response must never show it. */
const SECRET_SUBJECT = 'Confidential chargeback dispute';

interface Answer {
  readonly status: number;
  readonly text: string;
  readonly body: { data?: any; errors?: { extensions?: { code?: unknown } }[] };
}

async function post(url: string, token: string, body: unknown): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}

function codes(answer: Answer): unknown[] {
  return (answer.body.errors ?? []).map((error) => error.extensions?.code);
}

function apq(sha256Hash: string) {
  return { persistedQuery: { version: 1, sha256Hash } };
}

describe('persisted operations at the gateway', () => {
  let fixture: PlatformFixture;
  let partner: string;
  let agent: string;
  let secretTicketId: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start();
    partner = await fixture.token('partner', 'acme-integration');
    agent = await fixture.token('agent');
    const created = await fixture.graphql(agent, CREATE_TICKET, {
      input: { subject: SECRET_SUBJECT, description: 'Bank dispute', customer: { email: 'dispute@example.com', name: 'Dee' } },
    });
    secretTicketId = created.data.createTicket.id;
  });
  afterAll(() => fixture.stop());

  async function expectRefused(answer: Answer, code: string): Promise<void> {
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual([code]);
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.text).not.toContain(SECRET_SUBJECT);
  }

  it('runs manifest operations for a partner by Apollo hash, by documentId, and by GET for queries', async () => {
    const created = await post(fixture.gatewayUrl, partner, {
      extensions: apq(idOf('PartnerCreateTicket')),
      variables: { input: { subject: 'Order 88 missing', description: 'Courier lost it', channel: 'API', customer: { email: 'pat@example.com' } } },
    });
    expect(codes(created)).toEqual([]);
    const ticket = created.body.data.createTicket as { id: string; number: string; status: string };
    expect(ticket.status).toBe('NEW');

    const replied = await post(fixture.gatewayUrl, partner, { documentId: `sha256:${idOf('PartnerAddMessage')}`, variables: { ticketId: ticket.id, body: 'Any news?' } });
    expect(replied.body.data.addMessage.number).toBe(ticket.number);

    const search = new URLSearchParams({ documentId: `sha256:${idOf('PartnerTicket')}`, variables: JSON.stringify({ id: ticket.id }) });
    const read = await fetch(`${fixture.gatewayUrl}?${search}`, { headers: { authorization: `Bearer ${partner}`, 'apollo-require-preflight': 'true' } });
    expect(((await read.json()) as { data: { ticket: unknown } }).data.ticket).toMatchObject({ number: ticket.number, subject: 'Order 88 missing' });

    const listed = await post(fixture.gatewayUrl, partner, { documentId: `sha256:${idOf('PartnerTickets')}`, variables: { first: 10 } });
    expect(listed.body.data.tickets.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('refuses a free-form document from a partner with PERSISTED_QUERY_REQUIRED, valid or not', async () => {
    await expectRefused(await post(fixture.gatewayUrl, partner, { query: `{ ticket(id: "${secretTicketId}") { subject } }` }), 'PERSISTED_QUERY_REQUIRED');
    await expectRefused(await post(fixture.gatewayUrl, partner, { query: '{ tickts { totalCount } }' }), 'PERSISTED_QUERY_REQUIRED');
    await expectRefused(await post(fixture.gatewayUrl, partner, { variables: {} }), 'PERSISTED_QUERY_REQUIRED');
  });

  it('refuses batched documents from a partner, even batches of manifest ids', async () => {
    const byId = { documentId: `sha256:${idOf('PartnerTicket')}`, variables: { id: secretTicketId } };
    await expectRefused(await post(fixture.gatewayUrl, partner, [byId, byId]), 'BATCHING_NOT_ALLOWED');
    await expectRefused(await post(fixture.gatewayUrl, partner, [{ query: `{ ticket(id: "${secretTicketId}") { subject } }` }]), 'BATCHING_NOT_ALLOWED');
  });

  it('never lets a partner register a document by APQ, and never caches it', async () => {
    const query = `{ ticket(id: "${secretTicketId}") { subject } }`;
    const hash = createHash('sha256').update(query).digest('hex');
    await expectRefused(await post(fixture.gatewayUrl, partner, { query, extensions: apq(hash) }), 'PERSISTED_QUERY_REQUIRED');
    // Had it been cached, a hash-only request would now run it; the APQ cache does not know it.
    const agentByHash = await post(fixture.gatewayUrl, agent, { extensions: apq(hash) });
    expect(codes(agentByHash)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(agentByHash.text).not.toContain(SECRET_SUBJECT);
  });

  it('answers an unknown id with PERSISTED_QUERY_NOT_FOUND, even one a first-party client registered by APQ', async () => {
    await expectRefused(await post(fixture.gatewayUrl, partner, { extensions: apq('0'.repeat(64)) }), 'PERSISTED_QUERY_NOT_FOUND');
    await expectRefused(await post(fixture.gatewayUrl, partner, { documentId: `sha256:${'f'.repeat(64)}` }), 'PERSISTED_QUERY_NOT_FOUND');

    const query = `{ ticket(id: "${secretTicketId}") { subject number } }`;
    const hash = createHash('sha256').update(query).digest('hex');
    const registered = await post(fixture.gatewayUrl, agent, { query, extensions: apq(hash) });
    expect(registered.body.data.ticket.subject).toBe(SECRET_SUBJECT);
    await expectRefused(await post(fixture.gatewayUrl, partner, { extensions: apq(hash) }), 'PERSISTED_QUERY_NOT_FOUND');
  });

  it('lets first-party clients use APQ: unknown hash, then register, then hash only', async () => {
    const query = `query Mine { ticket(id: "${secretTicketId}") { number } }`;
    const hash = createHash('sha256').update(query).digest('hex');
    expect(codes(await post(fixture.gatewayUrl, agent, { extensions: apq(hash) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect((await post(fixture.gatewayUrl, agent, { query, extensions: apq(hash) })).body.data.ticket.number).toMatch(/^SUP-/);
    expect((await post(fixture.gatewayUrl, agent, { extensions: apq(hash) })).body.data.ticket.number).toMatch(/^SUP-/);
  });
});
