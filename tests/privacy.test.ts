import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RUN_AGENT } from './support/agents-operations.js';
import { readChain } from './support/audit-operations.js';
import { errorCodes, PlatformFixture } from './support/platform-fixture.js';

/**
 * Privacy rights across every store (DESIGN.md §4): an admin exports everything held about a
 * customer, and erases it in the tickets, knowledge and agents subgraphs, keeping statistics.
 */
const EMAIL = 'dana.erasable@example.com';
const NAME = 'Dana Erasable';
const MESSAGE = 'my parcel code is ZEBRA-LIGHTHOUSE-4471';
const DESCRIPTION = `Dana Erasable here: my parcel has not arrived after ten days`;

const EXPORT = 'query($c: ID!) { exportCustomerData(customerId: $c) }';
const ERASE = 'mutation($c: ID!) { eraseCustomer(customerId: $c) { customerId ticketCount knowledgeEntriesRemoved agentRunsScrubbed skippedServices } }';
const TICKET = 'query($id: ID!) { ticket(id: $id) { subject description status customer { email name } messages { body authorId } history { actor } } }';
const COUNT = 'query($c: String) { tickets(first: 1, filter: { customerId: $c }) { totalCount } }';

let fixture: PlatformFixture;
let admin: string;
let agent: string;
let customerId: string;
let ticketId: string;
let dataDir: string;

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
  dataDir = fixture.config.DATA_DIR;
  admin = await fixture.token('admin', 'privacy-admin@support.local');
  agent = await fixture.token('agent', 'privacy-agent@support.local');
  const customer = await fixture.token('customer', EMAIL);
  const opened = await fixture.graphql(customer, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id customer { id } } }', {
    i: { subject: 'Parcel not arrived', description: DESCRIPTION, customer: { email: EMAIL, name: NAME } },
  });
  ticketId = opened.data.createTicket.id;
  customerId = opened.data.createTicket.customer.id;
  await fixture.graphql(customer, 'mutation($id: ID!, $b: String!) { addMessage(ticketId: $id, input: { body: $b }) { id } }', { id: ticketId, b: MESSAGE });
  await fixture.graphql(agent, 'mutation($id: ID!) { addMessage(ticketId: $id, input: { body: "Hello Dana Erasable, we are on it" }) { id } }', { id: ticketId });
  for (const name of ['triage', 'sentiment', 'escalation']) await fixture.graphql(agent, RUN_AGENT, { ticketId, agent: name });
  // The knowledge subgraph indexes the ticket from its events: wait until it holds it.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const exported = await fixture.graphql(admin, EXPORT, { c: customerId });
    if (JSON.parse(exported.data.exportCustomerData).knowledge[0]?.graph) return;
    await new Promise((resolveLater) => setTimeout(resolveLater, 50));
  }
  throw new Error('the knowledge subgraph never indexed the ticket');
});
let stopped = false;
afterAll(async () => {
  if (!stopped) await fixture?.platform.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('who may export and erase', () => {
  it.each(['customer', 'agent', 'lead', 'analyst', 'partner', 'service'] as const)('%s gets FORBIDDEN', async (role) => {
    const token = await fixture.token(role, role === 'customer' ? EMAIL : undefined);
    for (const [query, field] of [[EXPORT, 'exportCustomerData'], [ERASE, 'eraseCustomer']] as const) {
      const response = await fixture.graphql(token, query, { c: customerId });
      // Partners may only run persisted operations: the gateway refuses the document before any field rule.
      if (role === 'partner') expect(response.status).toBe(400);
      else expect(errorCodes(response)).toContain('FORBIDDEN');
      expect(response.data?.[field] ?? null).toBeNull();
    }
  });
});

describe('export', () => {
  it('returns the customer, tickets with decrypted messages, knowledge entries, agent runs and audit entries', async () => {
    const response = await fixture.graphql(admin, EXPORT, { c: customerId });
    expect(response.errors).toBeUndefined();
    const exported = JSON.parse(response.data.exportCustomerData);
    expect(exported.customer).toMatchObject({ id: customerId, email: EMAIL, name: NAME });
    expect(exported.tickets).toHaveLength(1);
    expect(exported.tickets[0].messages.map((message: { body: string }) => message.body)).toContain(MESSAGE);
    // The text is in the similar-ticket index only; the graph node holds ids, status and timestamps.
    expect(exported.knowledge[0]).toMatchObject({ id: ticketId, graph: { status: expect.any(String) }, indexChunks: [{ title: 'Parcel not arrived', text: DESCRIPTION }] });
    expect(Object.keys(exported.knowledge[0].graph).sort()).toEqual(['status', 'updatedAt']);
    expect(exported.agents.runs.map((run: { agent: string }) => run.agent).sort()).toEqual(['escalation', 'sentiment', 'triage']);
    expect(exported.audit.some((entry: { action: string; target: { id: string } }) => entry.action === 'agent_run.succeeded')).toBe(true);
    const exportsLogged = (await readChain(fixture, admin, 'tickets')).filter((entry) => entry.action === 'privacy.customer_exported' && entry.targetId === customerId);
    expect(exportsLogged.length).toBeGreaterThan(0);
  });
});

describe('erasure', () => {
  let countBefore: number;

  beforeAll(async () => {
    countBefore = (await fixture.graphql(admin, COUNT, { c: customerId })).data.tickets.totalCount;
  });

  it('scrubs every subgraph and says what it did', async () => {
    const response = await fixture.graphql(admin, ERASE, { c: customerId });
    expect(response.errors).toBeUndefined();
    expect(response.data.eraseCustomer).toMatchObject({ customerId, ticketCount: 1, knowledgeEntriesRemoved: 1, agentRunsScrubbed: 3, skippedServices: [] });
  });

  it('is idempotent: erasing again succeeds', async () => {
    const again = await fixture.graphql(admin, ERASE, { c: customerId });
    expect(again.errors).toBeUndefined();
    expect(again.data.eraseCustomer).toMatchObject({ customerId, ticketCount: 1, knowledgeEntriesRemoved: 0 });
  });

  it('leaves the ticket anonymised but counted, with its status', async () => {
    const ticket = await fixture.graphql(admin, TICKET, { id: ticketId });
    expect(ticket.errors).toBeUndefined();
    const text = JSON.stringify(ticket.data);
    for (const secret of [EMAIL, NAME, MESSAGE, 'Dana']) expect(text).not.toContain(secret);
    expect(ticket.data.ticket.subject).toBe('[erased]');
    expect(ticket.data.ticket.status).toBe('OPEN');
    expect((await fixture.graphql(admin, COUNT, { c: customerId })).data.tickets.totalCount).toBe(countBefore);
  });

  it('removes the knowledge index entry and the customer text from agent runs', async () => {
    const exported = JSON.parse((await fixture.graphql(admin, EXPORT, { c: customerId })).data.exportCustomerData);
    expect(exported.knowledge).toEqual([]);
    expect(exported.agents.runs).toHaveLength(3);
    const text = JSON.stringify(exported);
    for (const secret of [EMAIL, NAME, MESSAGE, 'ten days']) expect(text).not.toContain(secret);
    const similar = await fixture.graphql(agent, 'query($id: ID!) { ticket(id: $id) { similarTickets { ticket { id } } } }', { id: ticketId });
    expect(JSON.stringify(similar.data)).not.toContain(ticketId.slice(0, 8) + 'x');
  });

  it('leaves an audit entry', async () => {
    const erasures = (await readChain(fixture, admin, 'tickets')).filter((entry) => entry.action === 'privacy.customer_erased' && entry.targetId === customerId);
    expect(erasures).toHaveLength(2);
    expect(JSON.parse(erasures[0]!.details)).toMatchObject({ ticketIds: [ticketId], peerRecordsErased: { knowledge: 1, agents: 3 } });
  });

  it('lets the email be a new customer: the blind index no longer points at the erased record', async () => {
    // Opened by an agent, so no plaintext email lands in history (a customer's own ticket names them as actor).
    const opened = await fixture.graphql(agent, 'mutation($e: String!) { createTicket(input: { subject: "Back again", description: "new ticket", customer: { email: $e } }) { customer { id } } }', { e: EMAIL });
    expect(opened.errors).toBeUndefined();
    expect(opened.data.createTicket.customer.id).not.toBe(customerId);
    const mine = await fixture.graphql(await fixture.token('customer', EMAIL), '{ tickets(first: 10) { totalCount edges { node { subject } } } }');
    expect(mine.data.tickets.totalCount).toBe(1);
    expect(mine.data.tickets.edges[0].node.subject).toBe('Back again');
  });

  it('leaves the email, name, description and message text in no file of any store, the Kùzu graph included', async () => {
    await fixture.platform.stop();
    stopped = true;
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [path];
      });
    })(dataDir);
    const leaks = files.flatMap((file) => {
      const content = readFileSync(file).toString('latin1');
      return [EMAIL, NAME, MESSAGE, 'ZEBRA-LIGHTHOUSE', 'ten days'].filter((secret) => content.includes(secret)).map((secret) => `${file}: ${secret}`);
    });
    expect(leaks).toEqual([]);
    expect(files.some((file) => file.endsWith('tickets.chunks.jsonl'))).toBe(true);
    expect(files.some((file) => file.includes('graph.kuzu'))).toBe(true);
  });
});
