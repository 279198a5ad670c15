import { WebSocket } from 'ws';
import { PlatformFixture } from './support/platform-fixture.js';
import { eventually } from './support/subscription-client.js';

/**
 * Raw `graphql-transport-ws` frames, as a broken or hostile client would send them: whatever
 * arrives, the gateway keeps answering and every listener it opened is gone once the socket is.
 */
let fixture: PlatformFixture;
let agent: string;
const sockets: WebSocket[] = [];

interface RawSocket {
  readonly socket: WebSocket;
  readonly messages: { type: string; id?: string; payload?: unknown }[];
  readonly closed: Promise<number>;
  send(message: unknown): void;
}

async function open(): Promise<RawSocket> {
  const socket = new WebSocket(fixture.gatewayUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  sockets.push(socket);
  const messages: RawSocket['messages'] = [];
  socket.on('message', (data: unknown) => void messages.push(JSON.parse(String(data)) as RawSocket['messages'][number]));
  const closed = new Promise<number>((resolve) => socket.on('close', (code: unknown) => resolve(Number(code))));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, messages, closed, send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)) };
}

async function initialised(): Promise<RawSocket> {
  const raw = await open();
  raw.send({ type: 'connection_init', payload: { token: agent } });
  await eventually(() => raw.messages.some((message) => message.type === 'connection_ack'));
  return raw;
}

const stats = () => fixture.platform.gateway.subscriptions!.stats();
/** Subscriptions on the in-process bus itself (its private set), to prove none leak past the fan-out. */
const busSubscriptions = () => (fixture.platform.bus as unknown as { subscriptions: Set<unknown> }).subscriptions.size;
const SUBSCRIBE = (id: string) => ({ id, type: 'subscribe', payload: { query: 'subscription { ticketEvents { type ticketId } }' } });

let baseline: { listeners: number; busSubscriptions: number; bus: number };

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off', RATE_LIMIT_BURST: '100000', RATE_LIMIT_PER_SECOND: '100000', SUBSCRIPTION_MAX_SOCKETS_PER_PRINCIPAL: '3' });
  agent = await fixture.token('agent');
  baseline = { listeners: stats().listeners, busSubscriptions: stats().busSubscriptions, bus: busSubscriptions() };
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  // Healthy and back to baseline after every abuse: /health, a normal query, no listener, no bus subscription.
  const health = await fetch(fixture.gatewayUrl.replace(/\/graphql$/, '/health'));
  expect(health.status).toBe(200);
  const answered = await fixture.graphql(agent, '{ tickets(first: 1) { totalCount } }');
  expect(answered.errors).toBeUndefined();
  await eventually(() => {
    const now = stats();
    return now.connections === 0 && now.authenticated === 0 && now.listeners === baseline.listeners && now.busSubscriptions === baseline.busSubscriptions && busSubscriptions() === baseline.bus;
  });
});
afterAll(() => fixture?.stop());

it('closes on a frame that is not JSON with 4400', async () => {
  const raw = await initialised();
  raw.send('{ not json');
  expect(await raw.closed).toBe(4400);
});

it('closes on an unknown message type with 4400', async () => {
  const raw = await initialised();
  raw.send({ type: 'gimme', id: '1' });
  expect(await raw.closed).toBe(4400);
});

it('closes a subscribe sent before connection_init with 4401', async () => {
  const raw = await open();
  raw.send(SUBSCRIBE('early'));
  expect(await raw.closed).toBe(4401);
});

it('closes on a duplicate subscription id with 4409', async () => {
  const raw = await initialised();
  raw.send(SUBSCRIBE('same'));
  raw.send(SUBSCRIBE('same'));
  expect(await raw.closed).toBe(4409);
});

it('holds at most 50 subscriptions of a flood of 500 on one socket and refuses the rest', async () => {
  const raw = await initialised();
  for (let index = 0; index < 500; index += 1) raw.send(SUBSCRIBE(`flood-${index}`));
  await eventually(() => raw.messages.filter((message) => message.type === 'error').length >= 450, 15_000);
  const refused = raw.messages.filter((message) => message.type === 'error');
  expect(refused.every((message) => JSON.stringify(message.payload).includes('TOO_MANY_SUBSCRIPTIONS'))).toBe(true);
  expect(stats().listeners).toBe(baseline.listeners + 50);
  raw.socket.close(1000);
  await raw.closed;
});

it('survives an abrupt TCP reset with live subscriptions', async () => {
  const raw = await initialised();
  for (let index = 0; index < 5; index += 1) raw.send(SUBSCRIBE(`reset-${index}`));
  await eventually(() => stats().listeners === baseline.listeners + 5);
  (raw.socket as unknown as { _socket: { resetAndDestroy(): void } })._socket.resetAndDestroy();
  await raw.closed;
});

it('refuses a principal more open sockets than SUBSCRIPTION_MAX_SOCKETS_PER_PRINCIPAL with 4013, and takes one again once a socket closes', async () => {
  const held = [await initialised(), await initialised(), await initialised()];
  const fourth = await open();
  fourth.send({ type: 'connection_init', payload: { token: agent } });
  expect(await fourth.closed).toBe(4013);
  // Another principal is not affected by this one's sockets.
  const other = await open();
  other.send({ type: 'connection_init', payload: { token: await fixture.token('agent', 'someone-else@support.local') } });
  await eventually(() => other.messages.some((message) => message.type === 'connection_ack'));
  held[0]!.socket.close(1000);
  await held[0]!.closed;
  await eventually(() => stats().authenticated === 3);
  await initialised();
});
