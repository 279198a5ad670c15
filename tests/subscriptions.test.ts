import { PlatformFixture } from './support/platform-fixture.js';
import { connectSubscriptions, eventually, type SubscriptionClient } from './support/subscription-client.js';

/** Real graphql-ws clients through the gateway (same port as HTTP), events from the platform's bus. */
let fixture: PlatformFixture;
const clients: SubscriptionClient[] = [];
let agent: string;

function connect(params: Record<string, unknown>): SubscriptionClient {
  const client = connectSubscriptions(fixture.gatewayUrl, params);
  clients.push(client);
  return client;
}

const TICKET_EVENTS = 'subscription($f: TicketEventFilter) { ticketEvents(filter: $f) { type ticketId ticket { subject status triage { category } suggestedArticles { article { title } } } } }';

async function createTicket(token: string, subject: string, customerEmail?: string): Promise<string> {
  const created = await fixture.graphql(token, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
    i: { subject, description: 'My card payment was declined twice', ...(customerEmail ? { customer: { email: customerEmail } } : {}) },
  });
  if (!created.data?.createTicket) throw new Error(created.text);
  return created.data.createTicket.id;
}

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
  agent = await fixture.token('agent');
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  // Each test starts with no subscriber, so "a listener is attached" means this test's.
  await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners === 0);
});
afterAll(() => fixture?.stop());

it('delivers a ticket event with fields from several subgraphs', async () => {
  const live = connect({ authorization: `Bearer ${agent}` }).subscribe(TICKET_EVENTS, { f: { types: ['CREATED'] } });
  await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners >= 1);
  const id = await createTicket(agent, 'Card declined at checkout', 'cross@example.com');
  const [result] = await live.waitFor(1);
  expect(result?.errors).toBeUndefined();
  expect(result?.data.ticketEvents).toMatchObject({ type: 'CREATED', ticketId: id, ticket: { subject: 'Card declined at checkout', status: 'NEW' } });
  expect(Array.isArray(result?.data.ticketEvents.ticket.suggestedArticles)).toBe(true);
});

it('gives a customer events of their own tickets only', async () => {
  const dana = await fixture.token('customer', 'dana@example.com');
  const live = connect({ token: dana }).subscribe('subscription { ticketEvents { type ticketId ticket { subject } } }');
  await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners >= 1);
  await createTicket(agent, 'Someone else', 'eve@example.com');
  const own = await createTicket(dana, 'Mine');
  const results = await live.waitFor(1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(results.map((result) => result.data.ticketEvents.ticketId)).toEqual([own]);
});

it('closes an unauthenticated connection with 4401', async () => {
  const client = connect({ authorization: 'Bearer not-a-token' });
  expect(await client.closed).toBe(4401);
});

it('closes with 4403 when the role may not subscribe', async () => {
  const customer = await fixture.token('customer', 'queue@example.com');
  const client = connect({ token: customer });
  client.subscribe('subscription { queue { type } }');
  expect(await client.closed).toBe(4403);
});

it('streams a reply draft and resumes after a dropped connection without losing a chunk', async () => {
  const ticket = await createTicket(agent, 'Refund not received', 'resume@example.com');
  const drafted = await fixture.graphql(agent, 'mutation($t: ID!) { draftReply(ticketId: $t) { id } }', { t: ticket });
  const runId = drafted.data.draftReply.id;
  const first = connect({ token: agent });
  const stream = first.subscribe('subscription($r: ID!) { replyStream(runId: $r) { seq delta done } }', { r: runId });
  await stream.waitFor(1);
  await first.dispose();
  const lastSeen = Math.max(...stream.results.map((result) => result.data.replyStream.seq));
  const resumed = connect({ token: agent }).subscribe('subscription($r: ID!, $a: Int) { replyStream(runId: $r, afterSeq: $a) { seq delta done } }', { r: runId, a: lastSeen });
  await eventually(() => resumed.completed, 10_000);
  const seqs = [...stream.results, ...resumed.results].map((result) => result.data.replyStream.seq).filter((seq, index, all) => all.indexOf(seq) === index);
  expect(seqs).toEqual(seqs.map((_seq, index) => index));
  expect([...stream.results, ...resumed.results].at(-1)?.data.replyStream.done).toBe(true);
});

/** Subscriptions on the in-process bus itself (its private set, directly or in its EventSubscriptions), to prove none leak past the fan-out. */
function busSubscriptions(): number {
  const held = (fixture.platform.bus as unknown as { subscriptions: Set<unknown> | { subscriptions: Set<unknown> } }).subscriptions;
  return held instanceof Set ? held.size : held.subscriptions.size;
}

it('leaves no listener behind after clients leave', async () => {
  await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners === 0);
  const baseline = { ...fixture.platform.gateway.subscriptions!.stats(), bus: busSubscriptions() };
  const many = Array.from({ length: 5 }, () => connect({ token: agent }));
  for (const client of many) client.subscribe(TICKET_EVENTS);
  await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners === baseline.listeners + 5);
  expect(fixture.platform.gateway.subscriptions!.stats().busSubscriptions).toBe(baseline.busSubscriptions + 1);
  expect(busSubscriptions()).toBe(baseline.bus + 1);
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await eventually(() => {
    const now = fixture.platform.gateway.subscriptions!.stats();
    return now.listeners === baseline.listeners && now.busSubscriptions === baseline.busSubscriptions && busSubscriptions() === baseline.bus;
  });
});
