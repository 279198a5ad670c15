import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { issueDevToken, loadConfig, loadOrCreateDevKeys } from '@support-graph/runtime';
import { createClient, type Client } from 'graphql-ws';
import { WebSocket } from 'ws';
import { startPlatformProcess } from './platform-process.js';

/**
 * `npm run bench:live [-- --subscribers 1000 --identities 20 --drafts 50 --cycles 10000]`: starts
 * the platform in its own process and drives its graphql-ws bridge from here, then prints one JSON
 * object: time from `draftReply` to the first `replyStream` chunk, mutation → `ticketEvents`
 * delivery at N concurrent subscribers (over a few agent identities, then over N distinct ones),
 * and the platform's RSS around many connect/subscribe/disconnect cycles.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4200' },
    drafts: { type: 'string', default: '50' },
    subscribers: { type: 'string', default: '1000' },
    identities: { type: 'string', default: '20' },
    events: { type: 'string', default: '30' },
    cycles: { type: 'string', default: '10000' },
    /** `false` skips the N-distinct-identities delivery phase. */
    distinct: { type: 'string', default: 'true' },
  },
});

function percentiles(samples: number[]): { p50: number; p95: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0) * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), n: sorted.length };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const platform = await startPlatformProcess(Number(values.port), {
  AGENTS_AUTOMATION: 'false',
  TRIAGE_TRAINING_DATA: 'none',
  RATE_LIMIT_BURST: '1000000',
  RATE_LIMIT_PER_SECOND: '1000000',
});

function rssMb(): number {
  const status = readFileSync(`/proc/${platform.child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const wsUrl = platform.url.replace(/^http/, 'ws');

function connect(token: string): Client {
  return createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
}

try {
  const config = loadConfig({ DATA_DIR: platform.dataDir });
  const keys = await loadOrCreateDevKeys(config.DATA_DIR);
  const token = (subject: string) => issueDevToken({ role: 'agent', subject, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }, keys.jwtPrivateKey);
  const agent = await token('bench@support.local');

  async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const response = await fetch(platform.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${agent}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  // A published article, so a reply draft is grounded (and cites it).
  const article = await graphql('mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }', {
    i: { title: 'Refund timing', body: 'Refunds reach your card within 5 business days after we approve them. Card payments that were declined are never charged.', tags: ['refund'] },
  });
  await graphql('mutation($id: ID!) { publishArticle(id: $id) { id } }', { id: article.createArticle.id });
  const ticketId: string = (
    await graphql('mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
      i: { subject: 'Refund not received', description: 'How long does a refund take to show up on my card?', customer: { email: 'live-bench@example.com' } },
    })
  ).createTicket.id;

  // 1. draftReply → first replyStream chunk at the client (the run id is known only once the mutation answers).
  const drafter = connect(agent);
  const firstChunk: number[] = [];
  for (let draft = 0; draft < Number(values.drafts); draft += 1) {
    const sent = performance.now();
    const runId: string = (await graphql('mutation($t: ID!) { draftReply(ticketId: $t) { id } }', { t: ticketId })).draftReply.id;
    await new Promise<void>((resolve, reject) => {
      let first = true;
      const timer = setTimeout(() => reject(new Error(`no chunk for run ${runId}`)), 10_000);
      drafter.subscribe(
        { query: 'subscription($r: ID!) { replyStream(runId: $r) { seq done } }', variables: { r: runId } },
        {
          next: () => {
            if (first) firstChunk.push(performance.now() - sent);
            first = false;
          },
          error: (error) => reject(new Error(JSON.stringify(error))),
          complete: () => {
            clearTimeout(timer);
            resolve();
          },
        },
      );
    });
  }
  await drafter.dispose();

  // 2. addMessage → ticketEvents at every subscriber; each event waits until all have it (or 5 s).
  async function delivery(subscribers: number, identities: number): Promise<{ p50: number; p95: number; n: number; missed: number }> {
    const tokens = await Promise.all(Array.from({ length: identities }, (_, index) => token(`floor-${identities}-${index}@support.local`)));
    const received = new Array<number>(subscribers).fill(0);
    const arrivals: number[][] = Array.from({ length: subscribers }, () => []);
    const clients = tokens.length > 0 ? Array.from({ length: subscribers }, (_, index) => connect(tokens[index % tokens.length] ?? agent)) : [];
    clients.forEach((client, index) =>
      client.subscribe(
        { query: 'subscription($f: TicketEventFilter) { ticketEvents(filter: $f) { type ticketId ticket { subject status } } }', variables: { f: { types: ['MESSAGE_ADDED'] } } },
        {
          next: () => {
            received[index] = (received[index] ?? 0) + 1;
            arrivals[index]?.push(performance.now());
          },
          error: () => {},
          complete: () => {},
        },
      ),
    );
    const addMessage = (body: string) => graphql('mutation($t: ID!, $i: AddMessageInput!) { addMessage(ticketId: $t, input: $i) { id } }', { t: ticketId, i: { body } });
    const everyoneHas = async (count: number, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (received.some((value) => value < count) && Date.now() < deadline) await sleep(5);
    };
    // Warm-up events until every subscription is live (subscribe has no acknowledgement in graphql-ws).
    for (let attempt = 1; attempt <= 10 && received.some((value) => value < attempt); attempt += 1) {
      await addMessage(`warm-up ${attempt}`);
      await everyoneHas(attempt, 3000);
    }
    const warm = Math.min(...received);
    for (const list of arrivals) list.length = 0;
    const latencies: number[] = [];
    let missed = 0;
    for (let event = 0; event < Number(values.events); event += 1) {
      const sent = performance.now();
      await addMessage(`event ${event}`);
      await everyoneHas(warm + event + 1, 5000);
      for (const list of arrivals) {
        const at = list[event];
        if (at === undefined) missed += 1;
        else latencies.push(at - sent);
      }
      await sleep(50);
    }
    await Promise.all(clients.map((client) => client.dispose()));
    return { ...percentiles(latencies), missed };
  }
  const subscribers = Number(values.subscribers);
  const eventDelivery = await delivery(subscribers, Number(values.identities));
  const eventDeliveryDistinct = values.distinct === 'false' ? undefined : await delivery(subscribers, subscribers);

  // 3. RSS around connect/subscribe/disconnect cycles, 50 at a time; nothing forced, sampled after a settle.
  async function cycles(count: number): Promise<number> {
    let failures = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < count) {
          next += 1;
          const client = connect(agent);
          await new Promise<void>((resolve) => {
            const stop = client.subscribe({ query: 'subscription { ticketEvents { type } }' }, { next: () => {}, error: () => void (failures += 1), complete: () => {} });
            client.on('connected', () => setTimeout(() => {
              stop();
              resolve();
            }, 5));
            client.on('closed', () => resolve());
          });
          await client.dispose();
        }
      }),
    );
    return failures;
  }
  await cycles(500);
  await sleep(3000);
  const before = rssMb();
  const started = performance.now();
  const failures = await cycles(Number(values.cycles));
  const cycleSeconds = (performance.now() - started) / 1000;
  await sleep(3000);
  const after = rssMb();

  process.stdout.write(
    `${JSON.stringify(
      {
        benchmark: 'live',
        draft_first_chunk_ms: { ...percentiles(firstChunk), drafts: firstChunk.length },
        event_delivery_ms: { ...eventDelivery, subscribers, identities: Number(values.identities), events: Number(values.events) },
        ...(eventDeliveryDistinct ? { event_delivery_distinct_identities_ms: { ...eventDeliveryDistinct, subscribers, identities: subscribers, events: Number(values.events) } } : {}),
        memory: { cycles: Number(values.cycles), cycle_failures: failures, cycles_per_s: Math.round(Number(values.cycles) / cycleSeconds), rss_before_mb: before, rss_after_mb: after, growth_pct: Math.round(((after - before) / before) * 1000) / 10 },
        peak_rss_mb: platform.peakRssMb(),
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await platform.stop();
}
