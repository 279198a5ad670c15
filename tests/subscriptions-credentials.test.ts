import { PlatformFixture } from './support/platform-fixture.js';
import { connectSubscriptions, eventually, type SubscriptionClient } from './support/subscription-client.js';

/**
 * A WebSocket outlives the credential check of `connection_init`: a deactivated user, a revoked
 * partner key or an expired token must close the open socket with 4401, promptly, and only that one.
 */
let fixture: PlatformFixture;
let admin: string;
const clients: SubscriptionClient[] = [];

function connect(params: Record<string, unknown>): SubscriptionClient {
  const client = connectSubscriptions(fixture.gatewayUrl, params);
  clients.push(client);
  return client;
}

/** Resolves with the close code, or 'open' if the socket is still open after `ms`. */
function closedWithin(client: SubscriptionClient, ms: number): Promise<number | 'open'> {
  return Promise.race([client.closed, new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms))]);
}

const stats = () => fixture.platform.gateway.subscriptions!.stats();

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
  admin = await fixture.token('admin');
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await eventually(() => stats().listeners === 0 && stats().authenticated === 0);
});
afterAll(() => fixture?.stop());

it('closes a deactivated user’s open sockets with 4401, and no one else’s', async () => {
  const invited = await fixture.graphql(admin, 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', { i: { email: 'leaving@support.local', name: 'Leaving', role: 'agent' } });
  const leaving = connect({ token: await fixture.token('agent', 'leaving@support.local') });
  const staying = connect({ token: await fixture.token('agent', 'staying@support.local') });
  leaving.subscribe('subscription { ticketEvents { type } }');
  staying.subscribe('subscription { ticketEvents { type } }');
  await eventually(() => stats().listeners === 2);

  const deactivated = await fixture.graphql(admin, 'mutation($u: ID!) { deactivateUser(userId: $u) { active } }', { u: invited.data.inviteUser.id });
  expect(deactivated.data.deactivateUser.active).toBe(false);
  expect(await closedWithin(leaving, 2000)).toBe(4401);
  expect(await closedWithin(staying, 300)).toBe('open');
  await eventually(() => stats().listeners === 1);
});

it('closes a partner’s socket with 4401 when its API key is revoked', async () => {
  const created = await fixture.graphql(admin, 'mutation { createApiKey(name: "live-partner") { key apiKey { id } } }');
  const partner = connect({ 'x-api-key': created.data.createApiKey.key });
  await eventually(() => stats().authenticated === 1);
  await fixture.graphql(admin, 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: created.data.createApiKey.apiKey.id });
  expect(await closedWithin(partner, 2000)).toBe(4401);
});

it('closes a socket with 4401 when its token expires', async () => {
  const shortLived = connect({ token: await fixture.token('agent', 'brief@support.local', { expiresIn: '2s' }) });
  const live = shortLived.subscribe('subscription { ticketEvents { type } }');
  await eventually(() => stats().listeners === 1);
  expect(live.error).toBeUndefined();
  expect(await closedWithin(shortLived, 4000)).toBe(4401);
  await eventually(() => stats().listeners === 0 && stats().authenticated === 0);
});
