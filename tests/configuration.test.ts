import { startFakeAnthropicServer, type FakeVendorServer } from '@support-graph/test-kit';
import { readChain } from './support/audit-operations.js';
import { AGENT_RUN, DRAFT_REPLY, OPEN_TICKET } from './support/agents-operations.js';
import { CREATE_ARTICLE, PUBLISH_ARTICLE } from './support/knowledge-operations.js';
import { PlatformFixture } from './support/platform-fixture.js';

/** Settings of the one configuration (README) take effect in the running platform. */
describe('configuration through the running platform', () => {
  let anthropic: FakeVendorServer;
  let fixture: PlatformFixture;
  let agent: string;
  let customer: string;

  beforeAll(async () => {
    anthropic = await startFakeAnthropicServer();
    fixture = await PlatformFixture.start({
      AGENTS_AUTOMATION: 'false',
      ANTHROPIC_API_KEY: 'test-key',
      ANTHROPIC_BASE_URL: anthropic.url,
      ANTHROPIC_MODEL: 'claude-haiku-4-5',
      LLM_TIMEOUT_MS: '2000',
      OIDC_ISSUER: 'https://id.example.com/realms/support',
      OIDC_CLIENT_ID: 'console-test',
    });
    agent = await fixture.token('agent', 'ann@support.local');
    customer = await fixture.token('customer', 'dana@example.com');
    // Something to ground a draft in: without a passage the drafting agent never calls a provider.
    const article = await fixture.graphql(agent, CREATE_ARTICLE, {
      input: { title: 'Refund timing', body: 'A refund shows on your card statement within 5 business days.', tags: ['refund'] },
    });
    expect(article.errors).toBeUndefined();
    expect((await fixture.graphql(agent, PUBLISH_ARTICLE, { id: article.data.createArticle.id })).errors).toBeUndefined();
  });
  afterAll(async () => {
    await fixture?.stop();
    await anthropic?.close();
  });

  async function draftFor(description: string) {
    const opened = await fixture.graphql(customer, OPEN_TICKET, { input: { subject: 'Refund', description } });
    expect(opened.errors).toBeUndefined();
    const started = await fixture.graphql(agent, DRAFT_REPLY, { ticketId: opened.data.createTicket.id });
    expect(started.errors).toBeUndefined();
    for (;;) {
      const run = (await fixture.graphql(agent, AGENT_RUN, { id: started.data.draftReply.id })).data.agentRun;
      if (run.status === 'SUCCEEDED' || run.status === 'FAILED') return run;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  it('offers the console sign-in at the configured OIDC provider', async () => {
    const response = await fetch(new URL('/console-config.json', fixture.gatewayUrl));
    expect(await response.json()).toMatchObject({
      oidc: { issuer: 'https://id.example.com/realms/support', clientId: 'console-test', scope: 'openid email profile' },
    });
  });

  it('calls the configured LLM base URL with the configured model', async () => {
    anthropic.enqueue({ kind: 'stream', deltas: ['Refunds take ', '5 business days.'] });
    const run = await draftFor('When will my refund show on my card?');
    expect(run).toMatchObject({ status: 'SUCCEEDED', model: 'anthropic/claude-haiku-4-5' });
    expect(anthropic.requests.at(-1)?.body).toMatchObject({ model: 'claude-haiku-4-5' });
  });

  it('gives up on a vendor slower than LLM_TIMEOUT_MS: the draft falls back, and the timeout is on record', async () => {
    // Far below the 30 s default: without LLM_TIMEOUT_MS in force this reply would arrive and be used.
    anthropic.enqueue({ kind: 'stream', deltas: ['Too late.'], startDelayMs: 6_000 });
    const asked = anthropic.requests.length;
    const run = await draftFor('My refund has not arrived on my card yet, how long does it take?');
    expect(anthropic.requests).toHaveLength(asked + 1);
    expect(run).toMatchObject({ status: 'SUCCEEDED', model: 'local' });
    expect(run.output.text).not.toContain('Too late.');

    const admin = await fixture.token('admin', 'root@support.local');
    const calls = (await readChain(fixture, admin, 'agents')).filter((entry) => entry.action === 'llm.call');
    expect(JSON.parse(calls.at(-1)!.details)).toMatchObject({ provider: 'local', failedOver: ['anthropic:TIMEOUT'] });
  });
});
