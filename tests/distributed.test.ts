import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBGRAPHS } from '@support-graph/gateway';
import { describeUnlessSkipped, probeRedis, REDIS_TEST_URL } from '@support-graph/test-kit';
import { issueDevToken, loadOrCreateDevKeys, type Role } from '@support-graph/runtime';
import { AGENT_RUN, DRAFT_REPLY, TICKET_INSIGHTS } from './support/agents-operations.js';
import { CREATE_ARTICLE, PUBLISH_ARTICLE } from './support/knowledge-operations.js';
import { eventually, freePort } from './support/platform-process.js';
import { connectSubscriptions, type SubscriptionClient } from './support/subscription-client.js';

/**
 * The production layout (`npm run start:distributed`): every subgraph of the list and the gateway in
 * its own process, on Redis, as docker-compose and the Helm chart run them. The scenario goes through
 * the gateway as users do: create, triage, draft, a live subscription, erasure; then each service's
 * `/metrics` shows the business figures of what just happened.
 */
const START_DISTRIBUTED = join(process.cwd(), 'scripts', 'dist', 'start-distributed.js');
const redis = await probeRedis(REDIS_TEST_URL);

describeUnlessSkipped('the distributed platform (a process per service, on Redis)', redis.skipReason, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'support-graph-distributed-'));
  const ports: Record<string, number> = {};
  const output: string[] = [];
  let launcher: ChildProcess;
  let exited: Promise<void>;
  let gateway: string;
  let subscriptions: SubscriptionClient | undefined;
  /** An OTLP/HTTP receiver standing in for the collector: what each process exports. */
  let collector: Server;
  const exported: { service: string; traceId: string; name: string }[] = [];
  const bodies: string[] = [];

  async function token(role: Role, subject: string): Promise<string> {
    const keys = await loadOrCreateDevKeys(dataDir);
    return issueDevToken({ role, subject, issuer: 'support-graph-dev', audience: 'support-graph' }, keys.jwtPrivateKey);
  }

  async function graphql(bearer: string, query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: unknown[] }> {
    const response = await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  }

  beforeAll(async () => {
    if (!existsSync(START_DISTRIBUTED)) throw new Error(`${START_DISTRIBUTED} is missing: run node scripts/build.mjs (npm test does)`);
    ports['GATEWAY'] = await freePort();
    for (const subgraph of SUBGRAPHS) ports[subgraph.name.toUpperCase()] = await freePort();
    gateway = `http://127.0.0.1:${ports['GATEWAY']}`;
    collector = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        if (request.url === '/v1/traces') {
          for (const resourceSpans of (JSON.parse(body) as any).resourceSpans ?? []) {
            const service = resourceSpans.resource.attributes.find((attribute: any) => attribute.key === 'service.name')?.value.stringValue;
            for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) exported.push({ service, traceId: span.traceId, name: span.name });
          }
          bodies.push(body);
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    launcher = spawn(process.execPath, [START_DISTRIBUTED], {
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATA_DIR: dataDir,
        REDIS_URL: REDIS_TEST_URL,
        // This run's own keys, streams and channels on the shared Redis.
        REDIS_PREFIX: `distributed-test-${process.pid}-${Date.now()}`,
        TRIAGE_TRAINING_DATA: 'none',
        GATEWAY_PORT: String(ports['GATEWAY']),
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
        ...Object.fromEntries(SUBGRAPHS.map((subgraph) => [`${subgraph.name.toUpperCase()}_PORT`, String(ports[subgraph.name.toUpperCase()])])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exited = new Promise((resolve) => launcher.once('exit', () => resolve()));
    for (const stream of [launcher.stdout, launcher.stderr]) stream?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    await eventually(
      'every service of the distributed platform to be ready',
      async () => {
        if (launcher.exitCode !== null) throw new Error(`start:distributed exited: ${output.join('').slice(-2000)}`);
        const response = await fetch(`${gateway}/ready`).catch(() => undefined);
        return response?.ok ? true : undefined;
      },
      // Six Node processes starting at once on a busy 2-core CI machine: minutes, not seconds.
      240_000,
      250,
    );
  }, 270_000);

  afterAll(async () => {
    await subscriptions?.dispose();
    launcher?.kill('SIGTERM');
    await exited;
    collector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('runs each service in its own process, answering on its own port', async () => {
    for (const subgraph of SUBGRAPHS) {
      const response = await fetch(`http://127.0.0.1:${ports[subgraph.name.toUpperCase()]}/health`);
      expect(await response.json()).toMatchObject({ status: 'ok', service: subgraph.name });
    }
  });

  it('creates, triages, drafts, streams and erases through the gateway, and /metrics tells the story', async () => {
    const customer = await token('customer', 'distributed@example.com');
    const agent = await token('agent', 'agent-1@support.local');
    const admin = await token('admin', 'admin@support.local');
    const lead = await token('lead', 'lead@support.local');

    // An article the draft can be grounded in (the knowledge process indexes it; the agents process retrieves it).
    const article = await graphql(lead, CREATE_ARTICLE, {
      input: { title: 'Card payment declined', body: 'When a card payment is declined at checkout, check the card is active and the billing address matches, then try again. Declines for fraud checks clear within an hour.', tags: ['cards'] },
    });
    expect(article.errors).toBeUndefined();
    expect((await graphql(lead, PUBLISH_ARTICLE, { id: article.data.createArticle.id })).errors).toBeUndefined();

    subscriptions = connectSubscriptions(`${gateway}/graphql`, { token: agent });
    const live = subscriptions.subscribe('subscription($f: TicketEventFilter) { ticketEvents(filter: $f) { type ticketId ticket { status } } }', { f: { types: ['CREATED'] } });
    // The bridge listens once the socket is acknowledged; a ticket created before would not be seen.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const created = await graphql(customer, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
      i: { subject: 'Card payment declined', description: 'My card was declined at checkout although I have funds. Order 4417.' },
    });
    expect(created.errors).toBeUndefined();
    const ticketId: string = created.data.createTicket.id;

    const [event] = await live.waitFor(1, 20_000);
    expect(event?.data.ticketEvents).toMatchObject({ type: 'CREATED', ticketId });

    const triaged = await eventually('triage by the agents process', async () => {
      const response = await graphql(agent, TICKET_INSIGHTS, { id: ticketId });
      return response.data?.ticket?.triage ? response.data.ticket : undefined;
    }, 60_000);
    expect(triaged.triage.decidedBy).toEqual(expect.any(String));

    const draft = await graphql(agent, DRAFT_REPLY, { ticketId });
    expect(draft.errors).toBeUndefined();
    const finished = await eventually('the reply draft', async () => {
      const response = await graphql(agent, AGENT_RUN, { id: draft.data.draftReply.id });
      return response.data?.agentRun?.status === 'SUCCEEDED' ? response.data.agentRun : undefined;
    }, 60_000);
    expect(finished.agent).toBe('reply-drafting');

    const owner = await graphql(agent, 'query($id: ID!) { ticket(id: $id) { customer { id } } }', { id: ticketId });
    const customerId: string = owner.data.ticket.customer.id;
    const erased = await graphql(admin, 'mutation($c: ID!) { eraseCustomer(customerId: $c) { customerId ticketCount skippedServices } }', { c: customerId });
    expect(erased.errors).toBeUndefined();
    expect(erased.data.eraseCustomer).toMatchObject({ customerId, ticketCount: 1, skippedServices: [] });

    // Prometheus scrapes each process: what the tickets and agents processes counted is on their /metrics.
    const scrape = async (port: number) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const tickets = await scrape(ports['TICKETS']!);
    const agents = await scrape(ports['AGENTS']!);
    const gatewayMetrics = await scrape(ports['GATEWAY']!);
    expect(tickets).toMatch(/^support_tickets_created_total\{channel="WEB"\} 1$/m);
    expect(tickets).toMatch(/^graphql_request_duration_seconds_count\{service="tickets",status="200"\} [1-9]/m);
    expect(agents).toMatch(/^support_triage_decisions_total\{stage="[a-z-]+"\} 1$/m);
    expect(agents).toMatch(/^support_ai_outcomes_total\{outcome="[a-z_]+"\} 1$/m);
    expect(agents).toMatch(/^support_queue_depth\{queue="agents-pipeline"\} \d+$/m);
    expect(agents).toMatch(/^support_queue_oldest_age_seconds\{queue="agents-pipeline"\} [\d.]+$/m);
    expect(agents).toMatch(/^llm_requests_total\{provider="[^"]+",model="[^"]+",cached="false"\} [1-9]/m);
    expect(agents).toMatch(/^support_cache_lookups_total\{cache="llm-response",result="miss"\} [1-9]/m);
    expect(gatewayMetrics).toMatch(/^graphql_request_duration_seconds_count\{service="gateway",status="200"\} [1-9]/m);
    // Figures, never text: nothing the customer wrote is in any of them.
    for (const text of [tickets, agents, gatewayMetrics]) expect(text).not.toContain('declined at checkout');

    // Each process exported its spans over OTLP; the request that created the ticket is one trace
    // across the gateway, tickets and agents processes (traceparent over HTTP, the stream and the queue).
    const shared = await eventually('one trace exported by the gateway, tickets and agents processes', async () => {
      const servicesByTrace = new Map<string, Set<string>>();
      for (const span of exported) servicesByTrace.set(span.traceId, (servicesByTrace.get(span.traceId) ?? new Set()).add(span.service));
      return [...servicesByTrace].find(([, services]) => ['gateway', 'tickets', 'agents'].every((service) => services.has(service)));
    }, 30_000);
    const names = exported.filter((span) => span.traceId === shared[0]).map((span) => `${span.service}:${span.name}`);
    expect(names).toEqual(expect.arrayContaining(['gateway:graphql gateway', 'tickets:graphql tickets', 'agents:queue.process agents-pipeline']));
    expect(bodies.join('')).not.toContain('declined at checkout');
  }, 180_000);
});
