import { ROLES, type Role } from '@support-graph/runtime';
import { PlatformFixture } from './support/platform-fixture.js';
import { readRoleMatrix } from './support/role-matrix.js';
import { connectSubscriptions, eventually, type SubscriptionClient } from './support/subscription-client.js';

/**
 * The `Subscription.*` rows of the role matrix (docs/security.md), cell by cell over WebSocket:
 * `deny` closes the connection with 4403; any other cell is admitted (the stream starts). Partners
 * may run persisted operations only, so their cells are those of the subgraph's admission, which
 * this suite checks through the manifest refusal: a partner's own document is always 4403.
 */
const rows = readRoleMatrix().filter((row) => row.type === 'Subscription');
let fixture: PlatformFixture;
let runId: string;
const clients: SubscriptionClient[] = [];

const DOCUMENTS: Record<string, (ids: { runId: string }) => { query: string; variables: Record<string, unknown> }> = {
  ticketEvents: () => ({ query: 'subscription { ticketEvents { type } }', variables: {} }),
  queue: () => ({ query: 'subscription { queue { type } }', variables: {} }),
  agentRun: ({ runId }) => ({ query: 'subscription($id: ID!) { agentRun(id: $id) { status } }', variables: { id: runId } }),
  presenceChanged: () => ({ query: 'subscription { presenceChanged { agentId } }', variables: {} }),
  assignmentNotifications: () => ({ query: 'subscription { assignmentNotifications { ticketId } }', variables: {} }),
  slaNotices: () => ({ query: 'subscription { slaNotices { ticketId } }', variables: {} }),
  feedbackEvents: () => ({ query: 'subscription { feedbackEvents { kind } }', variables: {} }),
  playgroundTryChunks: () => ({ query: 'subscription { playgroundTryChunks(streamId: "00000000-0000-4000-8000-000000000000") { seq } }', variables: {} }),
  replyStream: ({ runId }) => ({ query: 'subscription($id: ID!) { replyStream(runId: $id, afterSeq: 100000) { seq } }', variables: { id: runId } }),
  roadmapEvents: () => ({ query: 'subscription { roadmapEvents { kind issueKey } }', variables: {} }),
};

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
  const agent = await fixture.token('agent');
  const ticket = await fixture.graphql(agent, 'mutation { createTicket(input: { subject: "Matrix live", description: "x", customer: { email: "m@example.com" } }) { id } }');
  const run = await fixture.graphql(agent, 'mutation($t: ID!) { draftReply(ticketId: $t) { id } }', { t: ticket.data.createTicket.id });
  runId = run.data.draftReply.id;
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners === 0);
});
afterAll(() => fixture?.stop());

const cases = rows.flatMap((row) => ROLES.map((role) => [`${row.type}.${row.field}`, role, row.cells[role], row.field] as const));

it.each(cases)('%s as %s is %s', async (_name, role: Role, cell, field) => {
  const document = DOCUMENTS[field];
  if (!document) throw new Error(`no subscription document for ${field}`);
  const client = connectSubscriptions(fixture.gatewayUrl, { token: await fixture.token(role) });
  clients.push(client);
  const { query, variables } = document({ runId });
  const live = client.subscribe(query, variables);
  if (cell === 'deny' || role === 'partner') {
    expect(await client.closed).toBe(4403);
    return;
  }
  await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners === 1 || live.error !== undefined || live.completed);
  expect(live.error).toBeUndefined();
});
