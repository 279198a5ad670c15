import { ROLES, type Role } from '@support-graph/runtime';
import { PlatformFixture } from './support/platform-fixture.js';
import { readRoleMatrix } from './support/role-matrix.js';
import { connectSubscriptions, eventually, type SubscriptionClient } from './support/subscription-client.js';

/**
 * Issue 11, finding 1: a `TicketEvent`'s `from` and `to` carry the old and new value of a Ticket
 * field, so each subscriber receives them only when the role matrix lets them read that field.
 * Generated from docs/security.md: every event kind that reveals a field × every role that may
 * subscribe. Partners run persisted operations only and the manifest has no subscription for them.
 */
const matrix = readRoleMatrix();
const cell = (type: string, field: string, role: Role) => matrix.find((row) => row.type === type && row.field === field)?.cells[role];

/** Event kind → the Ticket field its `from`/`to` reveal, and the change that emits it. */
const KINDS = {
  STATUS_CHANGED: { field: 'status', change: 'mutation($id: ID!) { changeTicketStatus(id: $id, status: OPEN) { id } }' },
  ASSIGNED: { field: 'assigneeId', change: 'mutation($id: ID!) { assignTicket(id: $id, assigneeId: "agent-on-shift") { id } }' },
} as const;

const subscribers = ROLES.filter((role) => role !== 'partner' && cell('Subscription', 'ticketEvents', role) !== 'deny');
const cases = Object.entries(KINDS).flatMap(([kind, { field }]) =>
  subscribers.map((role) => [kind, role, cell('Ticket', field, role) === 'deny' ? 'hidden' : 'shown'] as const),
);

let fixture: PlatformFixture;
let agent: string;
const clients: SubscriptionClient[] = [];

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
  agent = await fixture.token('agent');
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners === 0);
});
afterAll(() => fixture?.stop());

it('covers every kind that reveals a field, for customers and staff alike', () => {
  expect(cases.length).toBeGreaterThanOrEqual(2 * 5);
  expect(cases.some(([, , visibility]) => visibility === 'hidden')).toBe(true);
  expect(cases.some(([, , visibility]) => visibility === 'shown')).toBe(true);
});

it.each(cases)('%s as %s: from/to %s', async (kind, role, visibility) => {
  const { change } = KINDS[kind as keyof typeof KINDS];
  const subject = `fields-${kind.toLowerCase()}-${role}@example.com`;
  const token = await fixture.token(role, role === 'customer' ? subject : undefined);
  // A customer subscribes to their own ticket; everyone else to a ticket of that customer.
  const created = await fixture.graphql(role === 'customer' ? token : agent, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
    i: { subject: 'Event fields', description: 'Where is my order?', ...(role === 'customer' ? {} : { customer: { email: subject } }) },
  });
  const ticketId = created.data?.createTicket?.id as string;
  expect(ticketId).toBeDefined();

  const client = connectSubscriptions(fixture.gatewayUrl, { token });
  clients.push(client);
  const live = client.subscribe('subscription($f: TicketEventFilter) { ticketEvents(filter: $f) { type from to } }', { f: { ticketId, types: [kind] } });
  await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners >= 1);
  const changed = await fixture.graphql(agent, change, { id: ticketId });
  expect(changed.errors).toBeUndefined();

  const [result] = await live.waitFor(1);
  expect(result?.errors).toBeUndefined();
  const event = result?.data.ticketEvents as { type: string; from: string | null; to: string | null };
  expect(event.type).toBe(kind);
  if (visibility === 'hidden') expect(event).toEqual({ type: kind, from: null, to: null });
  else expect(event.to).toEqual(kind === 'ASSIGNED' ? 'agent-on-shift' : 'OPEN');
});
