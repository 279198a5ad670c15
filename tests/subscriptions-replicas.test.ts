import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS } from '@support-graph/gateway';
import { describeUnlessSkipped, probeRedis, REDIS_TEST_URL } from '@support-graph/test-kit';
import { PlatformFixture } from './support/platform-fixture.js';
import { connectSubscriptions, eventually, type SubscriptionClient } from './support/subscription-client.js';

/**
 * Two gateway replicas on one Redis: the platform (subgraphs + gateway A, Redis bus) and a second
 * gateway B in its own process (`gateway/dist/main.js`: its own Redis bus and chunk log, the same
 * supergraph and signing key, the platform's subgraphs over HTTP). A logical Redis database of its
 * own keeps this suite's job queues and chunk lists apart from other runs (pub/sub is shared, so
 * assertions look for this suite's tickets only).
 */
const REDIS_URL = REDIS_TEST_URL.replace(/\/\d*$/, '') + '/11';

const redis = await probeRedis(REDIS_URL);

interface Replica {
  readonly url: string;
  stop(): Promise<void>;
}

/** `npm run start:gateway` against the platform's subgraphs, on a free-ish port. */
async function startReplica(fixture: PlatformFixture, port: number): Promise<Replica> {
  const child: ChildProcess = spawn(process.execPath, [fileURLToPath(new URL('../gateway/dist/main.js', import.meta.url))], {
    env: {
      ...process.env,
      DATA_DIR: fixture.config.DATA_DIR,
      REDIS_URL,
      GATEWAY_PORT: String(port),
      // Every subgraph of the catalog, as `<NAME>_URL`.
      ...Object.fromEntries(SUBGRAPHS.map((subgraph) => [`${subgraph.name.toUpperCase()}_URL`, fixture.subgraphUrl(subgraph.name)])),
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    const ready = await fetch(`${base}/ready`).then((response) => response.ok, () => false);
    if (ready) break;
    if (attempt > 150 || child.exitCode !== null) throw new Error('the second gateway did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `${base}/graphql`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

describeUnlessSkipped('two gateway replicas on Redis', redis.skipReason, () => {
  let fixture: PlatformFixture;
  let replica: Replica;
  let agent: string;
  const clients: SubscriptionClient[] = [];
  const replicas: Replica[] = [];
  const port = 20_000 + (process.pid % 20_000);

  function connect(url: string): SubscriptionClient {
    const client = connectSubscriptions(url, { token: agent });
    clients.push(client);
    return client;
  }

  async function createTicket(url: string, subject: string): Promise<string> {
    const created = await fixture.graphql(agent, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', { i: { subject, description: 'Card declined', customer: { email: 'replicas@example.com' } } }, { url });
    if (!created.data?.createTicket) throw new Error(created.text);
    return created.data.createTicket.id;
  }

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off', REDIS_URL });
    agent = await fixture.token('agent');
    replica = await startReplica(fixture, port);
    replicas.push(replica);
  }, 60_000);
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });
  afterAll(async () => {
    for (const started of replicas) await started.stop();
    await fixture?.stop();
  });

  it('delivers every event to the subscribers of each replica, wherever it was published', async () => {
    const query = 'subscription { ticketEvents(filter: { types: [CREATED] }) { ticketId ticket { subject } } }';
    const onA = connect(fixture.gatewayUrl).subscribe(query);
    const onB = connect(replica.url).subscribe(query);
    await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners === 1);
    // B has no stats endpoint: a warm-up ticket tells when its subscription is live.
    await eventually(async () => {
      await createTicket(fixture.gatewayUrl, 'warm-up');
      return onB.results.length > 0;
    }, 10_000);
    const viaA = await createTicket(fixture.gatewayUrl, 'Created through A');
    const viaB = await createTicket(replica.url, 'Created through B');
    for (const live of [onA, onB]) {
      await eventually(() => [viaA, viaB].every((id) => live.results.some((result) => result.data?.ticketEvents.ticketId === id)), 10_000);
      const subjects = live.results.filter((result) => [viaA, viaB].includes(result.data?.ticketEvents.ticketId)).map((result) => result.data.ticketEvents.ticket.subject);
      expect(subjects.sort()).toEqual(['Created through A', 'Created through B']);
    }
  });

  it('resumes a reply stream with afterSeq on the other replica without losing a chunk', async () => {
    const ticket = await createTicket(fixture.gatewayUrl, 'Refund not received');
    const drafted = await fixture.graphql(agent, 'mutation($t: ID!) { draftReply(ticketId: $t) { id } }', { t: ticket });
    const runId: string = drafted.data.draftReply.id;
    const first = connect(fixture.gatewayUrl).subscribe('subscription($r: ID!) { replyStream(runId: $r) { seq delta done } }', { r: runId });
    await first.waitFor(1);
    await clients.splice(0).at(0)?.dispose();
    const lastSeen = Math.max(...first.results.map((result) => result.data.replyStream.seq));
    await eventually(async () => (await fixture.graphql(agent, 'query($id: ID!) { agentRun(id: $id) { status } }', { id: runId })).data.agentRun.status === 'SUCCEEDED', 10_000);
    // A replica started after the reply ended has nothing in memory: the chunks can only come from Redis.
    const late = await startReplica(fixture, port + 1);
    replicas.push(late);
    const resumed = connect(late.url).subscribe('subscription($r: ID!, $a: Int) { replyStream(runId: $r, afterSeq: $a) { seq delta done } }', { r: runId, a: lastSeen });
    await eventually(() => resumed.completed, 10_000);
    const all = [...first.results, ...resumed.results].map((result) => result.data.replyStream);
    expect(all.map((chunk) => chunk.seq)).toEqual(all.map((_chunk, index) => index));
    expect(all.at(-1)?.done).toBe(true);
    const run = await fixture.graphql(agent, 'query($id: ID!) { agentRun(id: $id) { output } }', { id: runId });
    expect(all.map((chunk) => chunk.delta).join('')).toBe(run.data.agentRun.output.text);
  });

  it('streams a playground try to its lead on the other replica, and replays it from Redis on a replica started after it', async () => {
    const lead = await fixture.token('lead');
    const streamId = randomUUID();
    const query = 'subscription($s: ID!) { playgroundTryChunks(streamId: $s) { seq delta done } }';
    const leadClient = (url: string) => {
      const client = connectSubscriptions(url, { token: lead });
      clients.push(client);
      return client;
    };
    const onB = leadClient(replica.url).subscribe(query, { s: streamId });
    // The try runs in the feedback subgraph behind gateway A; B learns of its chunks through Redis only.
    const tried = await fixture.graphql(lead, 'mutation($s: ID!) { tryAiConfig(kind: "reply-template", version: 1, text: "I lost my card", streamId: $s) { reply } }', { s: streamId });
    expect(tried.errors).toBeUndefined();
    await eventually(() => onB.completed, 10_000);
    const reply: string = tried.data.tryAiConfig.reply;
    expect(onB.results.map((result) => result.data.playgroundTryChunks.delta).join('')).toBe(reply);

    const late = await startReplica(fixture, port + 2);
    replicas.push(late);
    const replayed = leadClient(late.url).subscribe(query, { s: streamId });
    await eventually(() => replayed.completed, 10_000);
    const chunks = replayed.results.map((result) => result.data.playgroundTryChunks);
    expect(chunks.map((chunk) => chunk.seq)).toEqual(chunks.map((_chunk, index) => index));
    expect(chunks.map((chunk) => chunk.delta).join('')).toBe(reply);
  });
});
