import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadConfig } from '@support-graph/runtime';
import { PlatformFixture } from './support/platform-fixture.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = (await import(join(root, 'schema/persisted-query-manifest.json'), { with: { type: 'json' } })).default as { operations: { name: string; id: string }[] };

const QUEUE = `query($after: String) { tickets(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id status channel category customer { email } messages { authorRole } triage { category team } } } } }`;

describe('the demo workspace on a first start', () => {
  let fixture: PlatformFixture;
  let agent: string;

  beforeAll(async () => {
    // As `npm start` runs on an empty DATA_DIR: the demo setting and the training data are the defaults.
    const defaults = loadConfig({});
    expect(defaults.DEMO_DATA).toBe(true);
    expect(defaults.TRIAGE_TRAINING_DATA).toBeUndefined();
    fixture = await PlatformFixture.start({ DEMO_DATA: String(defaults.DEMO_DATA), TRIAGE_TRAINING_DATA: '' });
    agent = await fixture.token('agent', 'agent@support.local');
  }, 300_000);
  afterAll(() => fixture.stop());

  it('has a queue of triaged tickets across statuses, channels and customers, with the agents\' replies', async () => {
    const response = await fixture.graphql(agent, QUEUE);
    expect(response.errors).toBeUndefined();
    const { totalCount, edges } = response.data.tickets;
    expect(totalCount).toBeGreaterThanOrEqual(50);
    const tickets = edges.map((edge: any) => edge.node);
    // The pipeline may already have moved some new ones on (asked the customer, escalated).
    const statuses = new Set(tickets.map((t: any) => t.status));
    for (const status of ['NEW', 'OPEN', 'PENDING_CUSTOMER', 'RESOLVED', 'CLOSED']) expect(statuses).toContain(status);
    expect(new Set(tickets.map((t: any) => t.channel)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(tickets.map((t: any) => t.customer.email)).size).toBeGreaterThanOrEqual(20);
    // Every ticket the team had handled came with its category; triage knows them all.
    const categorised = tickets.filter((t: any) => t.category !== null);
    expect(categorised.length).toBeGreaterThanOrEqual(40);
    expect(categorised.every((t: any) => t.triage?.category === t.category && /^[a-z_]+$/.test(t.category))).toBe(true);
    expect(new Set(categorised.map((t: any) => t.category)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(categorised.map((t: any) => t.triage.team))).toEqual(new Set(['cards', 'payments', 'billing', 'fraud', 'card-security', 'identity', 'general-support']));
    expect(tickets.filter((t: any) => t.status === 'RESOLVED' && t.messages.some((m: any) => m.authorRole === 'AGENT')).length).toBeGreaterThanOrEqual(15);
    // New tickets go through the pipeline like any other.
    const fresh = tickets.filter((t: any) => t.category === null).map((t: any) => t.id);
    expect(fresh.length).toBeGreaterThanOrEqual(10);
    await slowly(async () => {
      const queue = await fixture.graphql(agent, '{ tickets(first: 100) { edges { node { id triage { team } } } } }');
      const triaged = new Set(queue.data.tickets.edges.filter((edge: any) => edge.node.triage !== null).map((edge: any) => edge.node.id));
      return fresh.every((id: string) => triaged.has(id));
    }, 60_000);
  }, 120_000);

  it('has a help centre in three languages that answers as customers type', async () => {
    const articles = await fixture.graphql(agent, '{ articles(first: 100) { totalCount edges { node { locale topics { name } products { name } } } } }');
    expect(articles.errors).toBeUndefined();
    expect(articles.data.articles.totalCount).toBeGreaterThanOrEqual(40);
    const nodes = articles.data.articles.edges.map((edge: any) => edge.node);
    expect(new Set(nodes.map((a: any) => a.locale))).toEqual(new Set(['en', 'es', 'de']));
    expect(nodes.every((a: any) => a.topics.length > 0 && a.products.length > 0)).toBe(true);
    expect(nodes.flatMap((a: any) => a.topics.map((t: any) => t.name))).toContain('Fees and billing');
    const customer = await fixture.token('customer', 'someone.new@example.com');
    const suggested = await fixture.graphql(customer, '{ suggestArticles(text: "my new card has still not arrived in the post", first: 3) { article { title } } }');
    expect(suggested.data.suggestArticles.map((hit: any) => hit.article.title)).toContain('When will my card arrive?');
  });

  it('has teams with members, the staff roles, and a partner integration whose key works', async () => {
    const admin = await fixture.token('admin', 'admin@support.local');
    const directory = await fixture.graphql(admin, '{ teams { name members { email } } users { email role } apiKeys { name } }');
    expect(directory.data.teams.map((team: any) => team.name).sort()).toEqual(['billing', 'card-security', 'cards', 'fraud', 'general-support', 'identity', 'payments']);
    expect(directory.data.teams.every((team: any) => team.members.length > 0)).toBe(true);
    expect(new Set(directory.data.users.map((user: any) => user.role))).toEqual(new Set(['agent', 'lead', 'analyst', 'admin']));
    expect(directory.data.apiKeys.map((key: any) => key.name)).toEqual(['shopfront-plugin']);
    const key = fixture.platform.demo?.partnerKey;
    expect(key).toMatch(/.{20,}/);
    const asPartner = async (name: string, variables: Record<string, unknown>) => {
      const operation = manifest.operations.find((candidate) => candidate.name === name)!;
      const response = await fetch(fixture.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key! },
        body: JSON.stringify({ documentId: `sha256:${operation.id}`, variables }),
      });
      return (await response.json()) as any;
    };
    const created = await asPartner('PartnerCreateTicket', { input: { subject: 'Order 1182 refund', description: 'Refund for order 1182 not received', customer: { email: 'shopper@example.com' } } });
    expect(created.errors).toBeUndefined();
    // A partner sees the tickets its integration opened, not the demo's others.
    const listed = await asPartner('PartnerTickets', { first: 5 });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.tickets.totalCount).toBe(1);
  });

  it('routes: the demo agents are online with capacity and skills', async () => {
    const admin = await fixture.token('admin', 'admin@support.local');
    const directory = await fixture.graphql(admin, '{ teams { id name } users { email routing { presence capacity { channel limit } skills { languages } } } }');
    const lena = directory.data.users.find((user: any) => user.email === 'lena.vogel@kestrel.example');
    expect(lena.routing).toMatchObject({ presence: 'ONLINE', skills: { languages: ['en', 'de'] } });
    expect(lena.routing.capacity).toEqual(expect.arrayContaining([{ channel: '*', limit: 6 }, { channel: 'EMAIL', limit: 4 }]));
    const cards = directory.data.teams.find((team: any) => team.name === 'cards');
    const created = await fixture.graphql(admin, 'mutation { createTicket(input: { subject: "Karte gesperrt", description: "Meine Karte ist gesperrt", customer: { email: "demo-route@example.com" } }) { id } }');
    const routed = await fixture.graphql(admin, 'mutation($t: ID!, $team: ID!) { routeTicket(ticketId: $t, teamId: $team, language: "de") { assigneeId reason } }', { t: created.data.createTicket.id, team: cards.id });
    expect(routed.errors).toBeUndefined();
    expect(routed.data.routeTicket.reason).toMatch(/^Routed to team cards/);
  });

  it('trains triage from the committed BANKING77 data, with no ../shared beside the repository', async () => {
    const status = await fixture.graphql(agent, '{ triageModelStatus { state lastError } }');
    expect(['TRAINING', 'READY']).toContain(status.data.triageModelStatus.state);
    expect(status.data.triageModelStatus.lastError).toBeNull();
  });

  it('loads again on demand without duplicates (npm run seed:demo)', async () => {
    const run = await promisify(execFile)(process.execPath, [join(root, 'scripts/dist/seed-demo.js')], {
      env: { ...process.env, DATA_DIR: fixture.config.DATA_DIR, TICKETS_URL: fixture.subgraphUrl('tickets'), KNOWLEDGE_URL: fixture.subgraphUrl('knowledge'), LOG_LEVEL: 'silent' },
    });
    const summary = JSON.parse(run.stdout.slice(0, run.stdout.lastIndexOf('}') + 1));
    expect(summary).toMatchObject({ teamsCreated: 0, usersCreated: 0, articles: { created: 0, problems: [] }, tickets: { created: 0, skipped: [] } });
    expect(run.stdout).not.toContain('X-Api-Key');
  }, 120_000);
});

/** Polls twice a second: the agent's rate limit (20/s) applies to tests too. */
async function slowly(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
