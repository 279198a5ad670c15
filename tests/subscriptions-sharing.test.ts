import { buildSchema, GraphQLError } from 'graphql';
import type { WebSocket } from 'ws';
import { readsAuditedData, sharingScope } from '../gateway/src/subscriptions/result-sharing.js';
import { SharedPayloads } from '../gateway/src/subscriptions/shared-payloads.js';
import { readChain } from './support/audit-operations.js';
import { PlatformFixture } from './support/platform-fixture.js';
import { connectSubscriptions, eventually, type SubscriptionClient } from './support/subscription-client.js';

/**
 * What subscribers share per event (docs/subscriptions.md, "Per event"): one entity read and one
 * execution per role for roles whose rules ignore the subject, per identity for customers and
 * partners and whenever personal data audited per actor is selected — every actor's read is recorded.
 */
describe('sharing scope', () => {
  const schema = buildSchema(`
    type Query { ticket(id: ID!): Ticket }
    type Ticket { id: ID! subject: String status: String customer: Customer messages: [TicketMessage!]! }
    type Customer { id: ID! email: String name: String }
    type TicketMessage { id: ID! body: String }
  `);

  it('finds audited personal data through aliases and fragments, and nothing in plain ticket fields', () => {
    expect(readsAuditedData(schema, 'query($a: ID!) { t: ticket(id: $a) { subject status __typename } }')).toBe(false);
    expect(readsAuditedData(schema, 'query($a: ID!) { t: ticket(id: $a) { x: messages { id } } }')).toBe(true);
    expect(readsAuditedData(schema, 'query($a: ID!) { ticket(id: $a) { ...F } } fragment F on Ticket { customer { id } }')).toBe(true);
    expect(readsAuditedData(schema, 'query($a: ID!) { ticket(id: $a) { unknownField } }')).toBe(true);
  });

  it('shares by role only for roles whose rules ignore the subject', () => {
    expect(sharingScope({ role: 'agent', subject: 'a@support.local' }, true)).toBe(sharingScope({ role: 'agent', subject: 'b@support.local' }, true));
    expect(sharingScope({ role: 'agent', subject: 'a@support.local' }, false)).not.toBe(sharingScope({ role: 'agent', subject: 'b@support.local' }, false));
    expect(sharingScope({ role: 'agent', subject: 'a@support.local' }, true)).not.toBe(sharingScope({ role: 'lead', subject: 'a@support.local' }, true));
    for (const role of ['customer', 'partner'] as const) {
      expect(sharingScope({ role, subject: 'a@example.com' }, true)).not.toBe(sharingScope({ role, subject: 'b@example.com' }, true));
    }
  });
});

describe('shared payload encoding', () => {
  it('sends exactly what graphql-ws would, encoding each result once', () => {
    const shared = new SharedPayloads();
    const sent: unknown[] = [];
    const socket = { send: (data: unknown) => void sent.push(data) } as unknown as WebSocket;
    shared.attach(socket);
    const result = { data: { ticketEvents: { type: 'CREATED', note: '"quoted" \\ }' } }, errors: [new GraphQLError('Not allowed', { path: ['ticketEvents', 'ticket'], extensions: { code: 'FORBIDDEN' } })] };
    const expected = { data: result.data, errors: result.errors.map((error) => error.toJSON()) };
    for (const id of ['1', '2']) socket.send(JSON.stringify({ id, type: 'next', payload: shared.standIn(result) }));
    expect(shared.standIn(result)).toBe(shared.standIn(result));
    expect(sent.map((frame) => JSON.parse(String(frame)))).toEqual([
      { id: '1', type: 'next', payload: expected },
      { id: '2', type: 'next', payload: expected },
    ]);
    socket.send('{"id":"3","type":"complete"}');
    expect(sent.at(-1)).toBe('{"id":"3","type":"complete"}');
  });
});

describe('through the gateway', () => {
  let fixture: PlatformFixture;
  let admin: string;
  const clients: SubscriptionClient[] = [];
  const stats = () => fixture.platform.gateway.subscriptions!.stats();

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
    admin = await fixture.token('admin', 'sharing-admin@support.local');
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await eventually(() => stats().listeners === 0);
  });
  afterAll(() => fixture?.stop());

  async function subscribeAs(subjects: readonly string[], query: string) {
    const live = [];
    for (const subject of subjects) {
      const client = connectSubscriptions(fixture.gatewayUrl, { token: await fixture.token('agent', subject) });
      clients.push(client);
      live.push(client.subscribe(query, { f: { types: ['MESSAGE_ADDED'] } }));
    }
    await eventually(() => stats().listeners >= subjects.length);
    return live;
  }

  async function openTicket(): Promise<string> {
    const opened = await fixture.graphql(admin, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
      i: { subject: 'Shared read', description: 'Where is my parcel?', customer: { email: 'sharing@example.com' } },
    });
    return opened.data.createTicket.id;
  }

  it('reads the entity once per event for many agents, each getting the same result', async () => {
    const ticket = await openTicket();
    const live = await subscribeAs(['share-1@support.local', 'share-2@support.local', 'share-3@support.local'], 'subscription($f: TicketEventFilter) { ticketEvents(filter: $f) { type ticketId ticket { subject status } } }');
    const before = stats();
    await fixture.graphql(admin, 'mutation($t: ID!) { addMessage(ticketId: $t, input: { body: "hello" }) { id } }', { t: ticket });
    const results = await Promise.all(live.map((subscription) => subscription.waitFor(1)));
    // A staff reply moves the ticket on (OPEN); every agent sees the same state.
    for (const [result] of results) expect(result?.data.ticketEvents).toEqual({ type: 'MESSAGE_ADDED', ticketId: ticket, ticket: { subject: 'Shared read', status: results[0]?.[0]?.data.ticketEvents.ticket.status } });
    expect(results[0]?.[0]?.data.ticketEvents.ticket.status).toEqual(expect.any(String));
    expect(stats().entityReads - before.entityReads).toBe(1);
    expect(stats().executions - before.executions).toBe(1);
  });

  it('reads personal data once per actor, and audits every actor', async () => {
    const ticket = await openTicket();
    const subjects = ['pii-live-1@support.local', 'pii-live-2@support.local'];
    const live = await subscribeAs(subjects, 'subscription($f: TicketEventFilter) { ticketEvents(filter: $f) { ticketId ticket { messages { body } } } }');
    const before = stats();
    await fixture.graphql(admin, 'mutation($t: ID!) { addMessage(ticketId: $t, input: { body: "private" }) { id } }', { t: ticket });
    const results = await Promise.all(live.map((subscription) => subscription.waitFor(1)));
    for (const [result] of results) expect(result?.data.ticketEvents.ticket.messages).toEqual([{ body: 'private' }]);
    expect(stats().entityReads - before.entityReads).toBe(2);
    const reads = (await readChain(fixture, admin, 'tickets')).filter((entry) => entry.action === 'pii.read' && entry.targetId === ticket);
    expect(reads.map((entry) => entry.actorSubject).sort()).toEqual(subjects);
  });
});
