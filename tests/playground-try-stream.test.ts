import { randomUUID } from 'node:crypto';
import { PlatformFixture } from './support/platform-fixture.js';
import { connectSubscriptions, eventually, type LiveSubscription, type SubscriptionClient } from './support/subscription-client.js';

/** A lead's "try it" draft streams over the gateway's WebSocket while it is written, to that lead only. */
const TRY = `mutation($s: ID, $t: String!) {
  tryAiConfig(kind: "reply-template", version: 1, text: $t, customerName: "Ana", streamId: $s) { reply scores { grader score } }
}`;
const CHUNKS = 'subscription($s: ID!) { playgroundTryChunks(streamId: $s) { streamId seq delta done } }';
const TEXT = 'How do I reset my password? The reset link never arrived.';

let fixture: PlatformFixture;
let lead: string;
const clients: SubscriptionClient[] = [];

function connect(token: string): SubscriptionClient {
  const client = connectSubscriptions(fixture.gatewayUrl, { token });
  clients.push(client);
  return client;
}

interface Chunk {
  streamId: string;
  seq: number;
  delta: string;
  done: boolean;
}
const chunksOf = (live: LiveSubscription): Chunk[] => live.results.map((result) => result.data.playgroundTryChunks as Chunk);

async function listening(count: number): Promise<void> {
  await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners >= count);
}

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'false' });
  lead = await fixture.token('lead');
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});
afterAll(() => fixture?.stop());

it('streams the draft as deltas, before the mutation answers, then a final chunk; the deltas make the reply', async () => {
  const streamId = randomUUID();
  const live = connect(lead).subscribe(CHUNKS, { s: streamId });
  await listening(1);
  const arrivals: number[] = [];
  const watching = setInterval(() => arrivals.push(live.results.length), 1);
  const tried = await fixture.graphql(lead, TRY, { s: streamId, t: TEXT });
  const deltasWhenAnswered = live.results.length;
  clearInterval(watching);
  expect(tried.errors).toBeUndefined();
  await eventually(() => live.completed, 5000);

  const chunks = chunksOf(live);
  expect(chunks.map((chunk) => chunk.seq)).toEqual(chunks.map((_chunk, index) => index));
  expect(chunks.every((chunk) => chunk.streamId === streamId)).toBe(true);
  const deltas = chunks.filter((chunk) => !chunk.done);
  // The embedded responder writes one sentence per chunk: a reply of several sentences is several deltas.
  expect(deltas.length).toBeGreaterThan(2);
  expect(chunks.at(-1)).toMatchObject({ done: true, delta: '' });
  expect(chunks.slice(0, -1).every((chunk) => !chunk.done)).toBe(true);
  expect(deltas.map((chunk) => chunk.delta).join('')).toBe(tried.data.tryAiConfig.reply);
  expect(tried.data.tryAiConfig.scores.map((score: { grader: string }) => score.grader).sort()).toEqual(['faithfulness', 'tone']);
  // Streamed, not delivered with the answer: deltas reached the socket while the mutation was in flight.
  expect(deltasWhenAnswered).toBeGreaterThan(0);
  expect(arrivals.some((count) => count > 0 && count < chunks.length) || deltasWhenAnswered < chunks.length).toBe(true);
});

it('replays the whole draft to a subscriber that arrives after the try finished', async () => {
  const streamId = randomUUID();
  const tried = await fixture.graphql(lead, TRY, { s: streamId, t: TEXT });
  const late = connect(lead).subscribe(CHUNKS, { s: streamId });
  await eventually(() => late.completed, 5000);
  expect(chunksOf(late).filter((chunk) => !chunk.done).map((chunk) => chunk.delta).join('')).toBe(tried.data.tryAiConfig.reply);
});

it('delivers nothing of a try to another lead subscribed to the same id, and refuses other roles', async () => {
  const streamId = randomUUID();
  const otherLead = await fixture.token('lead', 'other-lead@support.local');
  const mine = connect(lead).subscribe(CHUNKS, { s: streamId });
  const theirs = connect(otherLead).subscribe(CHUNKS, { s: streamId });
  await listening(2);
  expect((await fixture.graphql(lead, TRY, { s: streamId, t: TEXT })).errors).toBeUndefined();
  await eventually(() => mine.completed, 5000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(chunksOf(mine).length).toBeGreaterThan(2);
  expect(theirs.results).toEqual([]);
  expect(theirs.completed).toBe(false);

  // The other lead sending a try under the same id streams to them, never into the first lead's stream.
  const again = connect(lead).subscribe(CHUNKS, { s: streamId });
  await eventually(() => again.completed, 5000);
  const replayed = chunksOf(again).length;
  expect((await fixture.graphql(otherLead, TRY, { s: streamId, t: TEXT })).errors).toBeUndefined();
  await eventually(() => theirs.completed, 5000);
  expect(chunksOf(theirs).filter((chunk) => !chunk.done).length).toBeGreaterThan(2);
  expect(chunksOf(again)).toHaveLength(replayed);

  const agent = connect(await fixture.token('agent'));
  agent.subscribe(CHUNKS, { s: randomUUID() });
  expect(await agent.closed).toBe(4403);
});

it('refuses a stream id that is not a UUID, on the mutation and on the subscription', async () => {
  const tried = await fixture.graphql(lead, TRY, { s: 'not-a-uuid', t: TEXT });
  expect(tried.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  expect(tried.errors?.[0]?.message).toContain('streamId');
  const live = connect(lead).subscribe(CHUNKS, { s: 'not-a-uuid' });
  await eventually(() => live.error !== undefined, 5000);
  expect(JSON.stringify(live.error)).toContain('BAD_USER_INPUT');
});
