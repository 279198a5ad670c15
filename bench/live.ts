import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
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
 *
 * The delivery phases' subscribers run in `--client-threads` worker threads (default 2), not on the
 * thread that sends the mutations, so one event loop parsing a thousand sockets' frames does not
 * add its queueing to the figure: latency is the platform's, from before the mutation is sent to the
 * moment a client's `next` handler runs (wall clock, `performance.timeOrigin + now()`, comparable
 * across threads). The machine's cores are still shared with the platform process.
 */

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across worker threads. */
const now = () => performance.timeOrigin + performance.now();

type WorkerCommand =
  | { readonly cmd: 'open'; readonly url: string; readonly tokens: readonly string[]; readonly query: string; readonly variables: Record<string, unknown> }
  | { readonly cmd: 'wait'; readonly count: number; readonly timeoutMs: number }
  | { readonly cmd: 'reset' }
  | { readonly cmd: 'arrivals' }
  | { readonly cmd: 'close' };

/** A client thread: holds its share of the subscribers, counts and timestamps what they receive. */
function runClientThread(): void {
  const port = parentPort!;
  let clients: Client[] = [];
  let received: number[] = [];
  let arrivals: number[][] = [];
  port.on('message', async (message: WorkerCommand) => {
    if (message.cmd === 'open') {
      received = new Array<number>(message.tokens.length).fill(0);
      arrivals = message.tokens.map(() => []);
      clients = message.tokens.map((token) => createClient({ url: message.url, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0, lazy: false, onNonLazyError: () => {} }));
      clients.forEach((client, index) =>
        client.subscribe(
          { query: message.query, variables: message.variables },
          {
            next: () => {
              arrivals[index]?.push(now());
              received[index] = (received[index] ?? 0) + 1;
            },
            error: () => {},
            complete: () => {},
          },
        ),
      );
      port.postMessage({ cmd: 'open' });
    } else if (message.cmd === 'wait') {
      const deadline = Date.now() + message.timeoutMs;
      while (received.some((value) => value < message.count) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
      port.postMessage({ cmd: 'wait', min: received.length > 0 ? Math.min(...received) : 0 });
    } else if (message.cmd === 'reset') {
      for (const list of arrivals) list.length = 0;
      port.postMessage({ cmd: 'reset' });
    } else if (message.cmd === 'arrivals') {
      port.postMessage({ cmd: 'arrivals', arrivals });
    } else {
      await Promise.all(clients.map((client) => client.dispose()));
      clients = [];
      port.postMessage({ cmd: 'close' });
    }
  });
}

/** The main thread's handle on a client thread: one command at a time, answered in order. */
class ClientThread {
  private readonly worker = new Worker(new URL(import.meta.url));
  private queue: Promise<unknown> = Promise.resolve();

  send<T>(command: WorkerCommand): Promise<T> {
    const reply = this.queue.then(
      () =>
        new Promise<T>((resolve, reject) => {
          const onError = (error: Error) => reject(error);
          this.worker.once('error', onError);
          this.worker.once('message', (message: T) => {
            this.worker.off('error', onError);
            resolve(message);
          });
          this.worker.postMessage(command);
        }),
    );
    this.queue = reply.catch(() => undefined);
    return reply;
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

if (!isMainThread) runClientThread();
else await main();

async function main(): Promise<void> {
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
      /** Worker threads the delivery phases' subscribers are spread over (0: on the main thread, as before). */
      'client-threads': { type: 'string', default: '2' },
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
    // 1,000 subscribers over 20 identities: a support floor's wallboards, not one principal's abuse.
    SUBSCRIPTION_MAX_SOCKETS_PER_PRINCIPAL: '1000',
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
    const threadCount = Number(values['client-threads']);
    const threads = Array.from({ length: threadCount }, () => new ClientThread());
    const DELIVERY_QUERY = 'subscription($f: TicketEventFilter) { ticketEvents(filter: $f) { type ticketId ticket { subject status } } }';
    const DELIVERY_VARIABLES = { f: { types: ['MESSAGE_ADDED'] } };

    /** The subscribers of one phase, wherever they run: counts and arrival times per subscriber. */
    interface Subscribers {
      /** Resolves with the smallest count of events any subscriber has, once all have `count` or on timeout. */
      waitFor(count: number, timeoutMs: number): Promise<number>;
      reset(): Promise<void>;
      arrivals(): Promise<number[][]>;
      close(): Promise<void>;
    }

    async function openSubscribers(tokens: readonly string[]): Promise<Subscribers> {
      if (threads.length > 0) {
        const shares = threads.map((_, thread) => tokens.filter((_, index) => index % threads.length === thread));
        await Promise.all(threads.map((thread, index) => thread.send({ cmd: 'open', url: wsUrl, tokens: shares[index] ?? [], query: DELIVERY_QUERY, variables: DELIVERY_VARIABLES })));
        return {
          waitFor: async (count, timeoutMs) => Math.min(...(await Promise.all(threads.map((thread) => thread.send<{ min: number }>({ cmd: 'wait', count, timeoutMs })))).map((reply) => reply.min)),
          reset: async () => void (await Promise.all(threads.map((thread) => thread.send({ cmd: 'reset' })))),
          arrivals: async () => (await Promise.all(threads.map((thread) => thread.send<{ arrivals: number[][] }>({ cmd: 'arrivals' })))).flatMap((reply) => reply.arrivals),
          close: async () => void (await Promise.all(threads.map((thread) => thread.send({ cmd: 'close' })))),
        };
      }
      const received = new Array<number>(tokens.length).fill(0);
      const arrivals: number[][] = tokens.map(() => []);
      const clients = tokens.map((clientToken) => connect(clientToken));
      clients.forEach((client, index) =>
        client.subscribe(
          { query: DELIVERY_QUERY, variables: DELIVERY_VARIABLES },
          {
            next: () => {
              received[index] = (received[index] ?? 0) + 1;
              arrivals[index]?.push(now());
            },
            error: () => {},
            complete: () => {},
          },
        ),
      );
      return {
        waitFor: async (count, timeoutMs) => {
          const deadline = Date.now() + timeoutMs;
          while (received.some((value) => value < count) && Date.now() < deadline) await sleep(5);
          return Math.min(...received);
        },
        reset: async () => {
          for (const list of arrivals) list.length = 0;
        },
        arrivals: async () => arrivals,
        close: async () => void (await Promise.all(clients.map((client) => client.dispose()))),
      };
    }

    async function delivery(subscribers: number, identities: number): Promise<{ p50: number; p95: number; n: number; missed: number }> {
      const identityTokens = await Promise.all(Array.from({ length: identities }, (_, index) => token(`floor-${identities}-${index}@support.local`)));
      const clientTokens = identityTokens.length > 0 ? Array.from({ length: subscribers }, (_, index) => identityTokens[index % identityTokens.length] ?? agent) : [];
      const live = await openSubscribers(clientTokens);
      const addMessage = (body: string) => graphql('mutation($t: ID!, $i: AddMessageInput!) { addMessage(ticketId: $t, input: $i) { id } }', { t: ticketId, i: { body } });
      // Warm-up events until every subscription is live (subscribe has no acknowledgement in graphql-ws).
      let warm = 0;
      for (let attempt = 1; attempt <= 10 && warm < attempt; attempt += 1) {
        await addMessage(`warm-up ${attempt}`);
        warm = await live.waitFor(attempt, 3000);
      }
      await live.reset();
      const sentAt: number[] = [];
      for (let event = 0; event < Number(values.events); event += 1) {
        sentAt.push(now());
        await addMessage(`event ${event}`);
        await live.waitFor(warm + event + 1, 5000);
        await sleep(50);
      }
      const latencies: number[] = [];
      let missed = 0;
      for (const list of await live.arrivals()) {
        sentAt.forEach((sent, event) => {
          const at = list[event];
          if (at === undefined) missed += 1;
          else latencies.push(at - sent);
        });
      }
      await live.close();
      return { ...percentiles(latencies), missed };
    }
    const subscribers = Number(values.subscribers);
    const eventDelivery = await delivery(subscribers, Number(values.identities));
    const eventDeliveryDistinct = values.distinct === 'false' ? undefined : await delivery(subscribers, subscribers);
    await Promise.all(threads.map((thread) => thread.terminate()));

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
    // A second window of the same size tells a leak (it keeps growing) from warm-up (it levels off).
    const secondFailures = await cycles(Number(values.cycles));
    await sleep(3000);
    const afterSecond = rssMb();

    process.stdout.write(
      `${JSON.stringify(
        {
          benchmark: 'live',
          client_threads: threadCount,
          latency_note: threadCount > 0 ? `subscribers in ${threadCount} worker thread(s), mutations from the main thread; same machine as the platform` : 'subscribers on the main thread, beside the mutations',
          draft_first_chunk_ms: { ...percentiles(firstChunk), drafts: firstChunk.length },
          event_delivery_ms: { ...eventDelivery, subscribers, identities: Number(values.identities), events: Number(values.events) },
          ...(eventDeliveryDistinct ? { event_delivery_distinct_identities_ms: { ...eventDeliveryDistinct, subscribers, identities: subscribers, events: Number(values.events) } } : {}),
          memory: { cycles: Number(values.cycles), cycle_failures: failures, cycles_per_s: Math.round(Number(values.cycles) / cycleSeconds), rss_before_mb: before, rss_after_mb: after, growth_pct: Math.round(((after - before) / before) * 1000) / 10, second_window: { cycle_failures: secondFailures, rss_after_mb: afterSecond, growth_pct: Math.round(((afterSecond - after) / after) * 1000) / 10 } },
          peak_rss_mb: platform.peakRssMb(),
        },
        null,
        2,
      )}\n`,
    );
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await platform.stop();
  }
}
