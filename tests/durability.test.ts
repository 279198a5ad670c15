import { randomUUID } from 'node:crypto';
import { OPEN_TICKET, AGENT_RUNS } from './support/agents-operations.js';
import { eventually, PlatformProcess } from './support/platform-process.js';
import { PrivateRedis } from './support/private-redis.js';

/**
 * Nothing saved escapes indexing or triage (DESIGN.md §4, docs/architecture.md "Durability"): the
 * platform runs in a child process that is `kill -9`ed in the middle of a burst, or loses its Redis,
 * and every ticket the gateway acknowledged must still reach the similar-ticket index and be triaged
 * exactly once. Everything is observed from outside: GraphQL through the gateway, `/ready`, and the
 * knowledge subgraph's own service query for what its index holds.
 */

const TICKET_KNOWLEDGE = 'query Held($ids: [ID!]!) { privacyTicketKnowledge(ticketIds: $ids) }';
const TOPICS = ['card payment declined', 'refund not received', 'transfer pending for days', 'app login fails', 'exchange rate looks wrong'];

function ticketInput(n: number) {
  return { subject: `Durability ${n}: ${TOPICS[n % TOPICS.length]}`, description: `Ticket number ${n} of the burst. ${TOPICS[n % TOPICS.length]} since yesterday.` };
}

/**
 * Creates tickets until `count` were sent or the process died; returns the ids the gateway acknowledged.
 * With `kill`, the process is `kill -9`ed after `afterMs` or once `afterAcknowledged` tickets were
 * acknowledged, whichever comes first, so the kill lands mid-burst however fast this machine is.
 */
async function burst(
  platform: PlatformProcess,
  token: string,
  count: number,
  options: { kill?: { afterMs: number; afterAcknowledged: number }; from?: number } = {},
): Promise<string[]> {
  const acknowledged: string[] = [];
  let next = 0;
  let killed: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const kill = () => {
    clearTimeout(timer);
    killed ??= platform.kill9();
  };
  if (options.kill) timer = setTimeout(kill, options.kill.afterMs);
  const worker = async () => {
    while (next < count) {
      const n = (options.from ?? 0) + next;
      next += 1;
      try {
        const response = await platform.graphql(token, OPEN_TICKET, { input: ticketInput(n) });
        const id = response.data?.createTicket?.id as string | undefined;
        if (id) acknowledged.push(id);
        if (options.kill && acknowledged.length >= options.kill.afterAcknowledged) kill();
      } catch {
        // The process was killed under this request: not acknowledged, so not owed.
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  clearTimeout(timer);
  await killed;
  return acknowledged;
}

/** Ids the knowledge subgraph holds in its similar-ticket index (chunks with text) and graph. */
async function indexedTickets(platform: PlatformProcess, ids: readonly string[]): Promise<Set<string>> {
  const held = new Set<string>();
  for (let index = 0; index < ids.length; index += 100) {
    const response = await platform.asService<{ privacyTicketKnowledge: string }>('knowledge', TICKET_KNOWLEDGE, { ids: ids.slice(index, index + 100) });
    if (!response.data) throw new Error(response.text);
    for (const ticket of JSON.parse(response.data.privacyTicketKnowledge) as { id: string; graph: unknown; indexChunks: unknown[] }[]) {
      if (ticket.graph && ticket.indexChunks.length > 0) held.add(ticket.id);
    }
  }
  return held;
}

/** How many triage runs each ticket has (through the gateway, as a support agent sees them). */
async function triageRuns(platform: PlatformProcess, token: string, ids: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const response = await platform.graphql<{ agentRuns: { agent: string; status: string }[] }>(token, AGENT_RUNS, { ticketId: id });
    if (!response.data) throw new Error(response.text);
    counts.set(id, response.data.agentRuns.filter((run) => run.agent === 'triage').length);
  }
  return counts;
}

/** Waits until every ticket is indexed and triaged, then checks each was triaged exactly once. */
async function expectIndexedAndTriagedOnce(platform: PlatformProcess, agentToken: string, ids: readonly string[]): Promise<void> {
  const pending = new Set(ids);
  await eventually(
    `${ids.length} tickets indexed and triaged`,
    async () => {
      const indexed = await indexedTickets(platform, [...pending]);
      const waiting = [...pending].filter((id) => indexed.has(id));
      for (const [id, runs] of await triageRuns(platform, agentToken, waiting)) if (runs > 0) pending.delete(id);
      return pending.size === 0 ? true : undefined;
    },
    180_000,
    1_000,
  );
  const runs = await triageRuns(platform, agentToken, ids);
  expect([...runs.values()].filter((count) => count !== 1)).toEqual([]);
}

interface Mode {
  readonly name: string;
  env(): Promise<Record<string, string>>;
  cleanUp(): Promise<void>;
}

const embedded: Mode = { name: 'embedded (SQLite stream)', env: async () => ({}), cleanUp: async () => {} };
function onRedis(): Mode {
  let redis: PrivateRedis | undefined;
  return {
    name: 'on Redis (Redis Streams)',
    async env() {
      redis = await PrivateRedis.create();
      await redis.start();
      // Pipeline jobs the killed process had taken are taken over after this (default 60 s).
      return { REDIS_URL: redis.url, REDIS_PREFIX: `durability-${randomUUID().slice(0, 8)}`, AGENTS_QUEUE_VISIBILITY_TIMEOUT_MS: '3000' };
    },
    cleanUp: async () => redis?.stop(),
  };
}

describe.each([embedded, onRedis()])('kill -9 in the middle of a burst of tickets, $name', (mode) => {
  let platform: PlatformProcess;
  afterAll(async () => {
    await platform?.dispose();
    await mode.cleanUp();
  });

  it('indexes and triages exactly once every ticket the gateway acknowledged', async () => {
    platform = await PlatformProcess.create(await mode.env());
    await platform.start();
    const customer = await platform.token('customer', 'burst@example.com');
    const agent = await platform.token('agent', 'agent-1@support.local');
    // A first ticket warms the process up, so the kill lands in the middle of the burst, not in start-up costs.
    const warm = await burst(platform, customer, 1, { from: 1000 });
    const acknowledged = await burst(platform, customer, 200, { kill: { afterMs: 1_500, afterAcknowledged: 80 } });
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeLessThan(200); // Otherwise the kill did not interrupt anything.

    await platform.start();
    await expectIndexedAndTriagedOnce(platform, agent, [...warm, ...acknowledged]);
  }, 300_000);
});

describe('Redis lost while running, and back empty', () => {
  const prefix = `durability-${randomUUID().slice(0, 8)}`;
  let redis: PrivateRedis;
  let platform: PlatformProcess;
  afterAll(async () => {
    await platform?.dispose();
    await redis?.stop();
  });

  it('turns not-ready while Redis is away, and indexes and triages every ticket once it is back', async () => {
    redis = await PrivateRedis.create();
    await redis.start();
    platform = await PlatformProcess.create({ REDIS_URL: redis.url, REDIS_PREFIX: prefix });
    await platform.start();
    const customer = await platform.token('customer', 'outage@example.com');
    const agent = await platform.token('agent', 'agent-2@support.local');

    const before = await burst(platform, customer, 5);
    await expectIndexedAndTriagedOnce(platform, agent, before);
    expect((await platform.ready()).status).toBe(200);

    await redis.stop();
    const down = await eventually('/ready to name Redis as down', async () => {
      const ready = await platform.ready();
      return ready.status === 503 && ready.body.dependencies?.redis?.ready === false ? ready.body : undefined;
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}\nplatform output:\n${platform.output.slice(-25).join('\n')}`);
    });
    expect(down.dependencies.redis.reason).toEqual(expect.any(String));
    // Tickets are still saved while Redis is away (the outbox keeps their events).
    const during = await burst(platform, customer, 5, { from: 100 });
    expect(during).toHaveLength(5);

    await redis.start(); // Empty: no persistence, the stream and every consumer group are gone.
    await eventually('/ready to turn ready again', async () => ((await platform.ready()).status === 200 ? true : undefined));
    const after = await burst(platform, customer, 5, { from: 200 });
    await expectIndexedAndTriagedOnce(platform, agent, [...before, ...during, ...after]);

    // Every key the platform wrote is under its REDIS_PREFIX.
    const keys = await redis.keys('*');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !key.startsWith(`${prefix}:`))).toEqual([]);
  }, 300_000);
});

describe('Redis unreachable at start', () => {
  let redis: PrivateRedis;
  let platform: PlatformProcess;
  afterAll(async () => {
    await platform?.dispose();
    await redis?.stop();
  });

  it('starts, says on /ready that Redis is down and why, logs retries as structured lines, and recovers when Redis comes up', async () => {
    redis = await PrivateRedis.create(); // Not started yet.
    platform = await PlatformProcess.create({ REDIS_URL: redis.url, REDIS_PREFIX: `durability-${randomUUID().slice(0, 8)}` });
    await platform.start();

    const ready = await platform.ready();
    expect(ready.status).toBe(503);
    expect(ready.body.dependencies.redis).toMatchObject({ ready: false, reason: expect.stringContaining('ECONNREFUSED') });
    await eventually('a retry log line', async () => (platform.output.some((line) => line.includes('Redis unreachable; retrying')) ? true : undefined));
    // Structured lines only: no ioredis "[ioredis] Unhandled error event" text.
    expect(platform.output.filter((line) => line.includes('[ioredis]'))).toEqual([]);
    const retries = platform.output.filter((line) => line.includes('Redis unreachable; retrying')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(retries[0]).toMatchObject({ dependency: 'redis', level: 40, reason: expect.stringContaining('ECONNREFUSED') });

    const customer = await platform.token('customer', 'late-redis@example.com');
    const agent = await platform.token('agent', 'agent-3@support.local');
    const early = await burst(platform, customer, 3);
    expect(early).toHaveLength(3);

    await redis.start();
    await eventually('/ready once Redis is up', async () => ((await platform.ready()).status === 200 ? true : undefined));
    await expectIndexedAndTriagedOnce(platform, agent, early);
  }, 300_000);
});
