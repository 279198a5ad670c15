import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startFakeAnthropicServer, type FakeVendorServer } from '@support-graph/test-kit';
import { PlatformFixture } from './support/platform-fixture.js';
import { AGENT_RUN, DRAFT_REPLY, OPEN_TICKET, RUN_AGENT } from './support/agents-operations.js';
import { CREATE_ARTICLE, PUBLISH_ARTICLE } from './support/knowledge-operations.js';

/**
 * The agents follow the `production` label of the thresholds, missing-information rules, triage
 * rules, escalation weights and model choice without a restart: a lead saves a version, an admin
 * promotes it (these kinds have no evaluation, so only an admin with a reason may), and the next
 * agent run uses it. A version the agents cannot use is refused when saved; one that only the
 * agents can judge (a vendor without a key) is refused when applied, and the one in force stays.
 */
const repository = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const THRESHOLDS = repository('subgraphs/feedback/playground/seed/thresholds.yaml');
const MISSING_INFORMATION = repository('support_agents/rules/missing-information.yaml');
const TRIAGE_RULES = repository('support_agents/rules/triage-rules.yaml');
const ESCALATION_SIGNALS = repository('support_agents/rules/escalation-signals.yaml');
const revisionOf = (content: string) => createHash('sha256').update(content).digest('hex').slice(0, 8);

const SAVE = 'mutation($k: String!, $c: String!, $m: String!) { saveAiConfigVersion(kind: $k, content: $c, message: $m) { number } }';
const MOVE = 'mutation($k: String!, $v: Int!, $r: String) { moveAiConfigLabel(kind: $k, label: "production", version: $v, overrideReason: $r) { label { version } } }';

const VERSIONS = 'query($k: String!) { aiConfigVersions(kind: $k) { number } }';

describe('the agents follow the labelled configuration kinds', () => {
  let anthropic: FakeVendorServer;
  let fixture: PlatformFixture;
  let lead: string;
  let agent: string;
  let admin: string;

  beforeAll(async () => {
    // A configured vendor, so the model choice has somewhere to go: the fake echoes the model it is asked for.
    anthropic = await startFakeAnthropicServer();
    fixture = await PlatformFixture.start({
      TRIAGE_TRAINING_DATA: 'none',
      AGENTS_AUTOMATION: 'false',
      ANTHROPIC_API_KEY: 'test-key',
      ANTHROPIC_BASE_URL: anthropic.url,
      ANTHROPIC_MODEL: 'claude-haiku-4-5',
    });
    [lead, agent, admin] = await Promise.all([fixture.token('lead'), fixture.token('agent'), fixture.token('admin')]);
  });
  afterAll(async () => {
    await fixture?.stop();
    await anthropic?.close();
  });

  /** A lead saves a version; an admin promotes it past the gate these kinds cannot pass. */
  async function saveAndPromote(kind: string, content: string): Promise<number> {
    const saved = await fixture.graphql(lead, SAVE, { k: kind, c: content, m: `test ${kind}` });
    expect(saved.errors).toBeUndefined();
    const number: number = saved.data.saveAiConfigVersion.number;
    const moved = await fixture.graphql(admin, MOVE, { k: kind, v: number, r: 'checked by hand' });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.moveAiConfigLabel.label.version).toBe(number);
    return number;
  }

  /** One agent's run on a fresh ticket, through the gateway. */
  async function run(agentName: string, description: string): Promise<{ output: any; agentVersion: string }> {
    const opened = await fixture.graphql(agent, OPEN_TICKET, { input: { subject: 'Help', description, customer: { email: 'follow@example.com', name: 'Robin' } } });
    const ran = await fixture.graphql(agent, RUN_AGENT, { ticketId: opened.data.createTicket.id, agent: agentName });
    expect(ran.errors).toBeUndefined();
    const read = await fixture.graphql(agent, AGENT_RUN, { id: ran.data.runAgent.id });
    return { output: read.data.agentRun.output, agentVersion: read.data.agentRun.agentVersion };
  }

  /** The agents switch on the label-move event; give the event a moment to arrive. */
  async function runUntil(agentName: string, description: string, done: (result: { output: any; agentVersion: string }) => boolean) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const result = await run(agentName, description);
      if (done(result) || Date.now() > deadline) return result;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Proves the label-move events before it were handled: a later change of another kind on the same bus has taken effect. */
  async function afterEarlierEvents(note: string): Promise<void> {
    const marker = `${MISSING_INFORMATION}\n# ${note}\n`;
    await saveAndPromote('missing-information-rules', marker);
    await runUntil('missing-information', 'How do I reset my password?', (result) => result.agentVersion.includes(revisionOf(marker)));
  }

  it('thresholds: an escalation threshold of 0 escalates every ticket', async () => {
    const calm = 'How do I reset my password?';
    expect((await run('escalation', calm)).output.escalate).toBe(false);

    await saveAndPromote('thresholds', THRESHOLDS.replace('escalation: 0.5', 'escalation: 0'));
    const escalated = await runUntil('escalation', calm, (result) => result.output.escalate === true);
    expect(escalated.output.escalate).toBe(true);

    // Back to the seed's threshold, for the tests after this one.
    await saveAndPromote('thresholds', THRESHOLDS);
    expect((await runUntil('escalation', calm, (result) => result.output.escalate === false)).output.escalate).toBe(false);
  });

  it.each([
    ['thresholds', THRESHOLDS.replace('escalation: 0.5', 'escalation: 2'), 'escalation:'],
    ['triage-rules', TRIAGE_RULES.replace('rules:\n', "rules:\n  - id: broken\n    match: ['(']\n    category: card_arrival\n"), 'triage rule broken: invalid pattern'],
    ['missing-information-rules', MISSING_INFORMATION.replace('  default: []', '  default: [shoe_size]'), 'unknown item "shoe_size"'],
    ['escalation-weights', ESCALATION_SIGNALS.replace('  vip: 0.35', '  vip: 2'), 'weights.vip:'],
    ['model', 'provider: anthropic\nmaxTokens: 100', 'model:'],
  ])('a %s version the agents could not use is refused when saved, naming what is wrong, and nothing is stored', async (kind, content, named) => {
    const before = (await fixture.graphql(lead, VERSIONS, { k: kind })).data.aiConfigVersions.length;
    const saved = await fixture.graphql(lead, SAVE, { k: kind, c: content, m: 'invalid' });
    expect(saved.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(saved.errors?.[0]?.message).toContain(named);
    expect((await fixture.graphql(lead, VERSIONS, { k: kind })).data.aiConfigVersions).toHaveLength(before);
  });

  it('missing-information rules: a default requirement makes the agent ask for it, named by the rules revision', async () => {
    const question = 'I have a question about my account.';
    const before = await run('missing-information', question);
    expect(before.output.missing.map((item: { key: string }) => item.key)).not.toContain('order_number');

    const requiring = MISSING_INFORMATION.replace('  default: []', '  default: [order_number]');
    expect(requiring).not.toBe(MISSING_INFORMATION);
    const revision = createHash('sha256').update(requiring).digest('hex').slice(0, 8);
    await saveAndPromote('missing-information-rules', requiring);
    const after = await runUntil('missing-information', question, (result) => result.agentVersion.includes(revision));
    expect(after.agentVersion).toContain(`rules.${revision}`);
    expect(after.output.missing.map((item: { key: string }) => item.key)).toContain('order_number');
  });

  it('triage rules: a new rule decides the category', async () => {
    const text = 'The zebra-crossing feature of the app does not work.';
    expect((await run('triage', text)).output.category).not.toBe('lost_or_stolen_card');

    const withRule = TRIAGE_RULES.replace('rules:\n', "rules:\n  - id: zebra\n    match: ['zebra-crossing']\n    category: lost_or_stolen_card\n");
    expect(withRule).not.toBe(TRIAGE_RULES);
    await saveAndPromote('triage-rules', withRule);
    const after = await runUntil('triage', text, (result) => result.output.category === 'lost_or_stolen_card');
    expect(after.output).toMatchObject({ category: 'lost_or_stolen_card', decidedBy: 'rules' });
  });

  it('escalation weights: a new human-request phrase escalates the next run, named by the signals revision', async () => {
    const text = 'Please switch on the pineapple protocol for my account.';
    expect((await run('escalation', text)).output.escalate).toBe(false);

    const withPhrase = ESCALATION_SIGNALS.replace('human_request:\n', "human_request:\n  - '\\bpineapple protocol\\b'\n");
    expect(withPhrase).not.toBe(ESCALATION_SIGNALS);
    await saveAndPromote('escalation-weights', withPhrase);
    const after = await runUntil('escalation', text, (result) => result.output.escalate === true);
    expect(after.agentVersion).toContain(`+signals.${revisionOf(withPhrase)}`);
    expect(after.output.reasons).toContain('customer asked for a human ("pineapple protocol")');

    // A weight of 0 takes the same phrase out again: the weights are followed, not only the phrases.
    const silenced = withPhrase.replace('  human_request: 1', '  human_request: 0');
    await saveAndPromote('escalation-weights', silenced);
    const quiet = await runUntil('escalation', text, (result) => result.agentVersion.includes(revisionOf(silenced)));
    expect(quiet.output.escalate).toBe(false);
  });

  describe('the model choice', () => {
    let customer: string;

    beforeAll(async () => {
      customer = await fixture.token('customer', 'model@example.com');
      // Something to ground a draft in: without a passage the drafting agent never calls a provider.
      const article = await fixture.graphql(agent, CREATE_ARTICLE, {
        input: { title: 'Refund timing', body: 'A refund shows on your card statement within 5 business days.', tags: ['refund'] },
      });
      expect(article.errors).toBeUndefined();
      expect((await fixture.graphql(agent, PUBLISH_ARTICLE, { id: article.data.createArticle.id })).errors).toBeUndefined();
    });

    /** A reply draft for a fresh ticket, as the console asks for one, once finished. */
    async function draft(): Promise<{ model: string; status: string }> {
      const opened = await fixture.graphql(customer, OPEN_TICKET, { input: { subject: 'Refund', description: 'When will my refund show on my card?' } });
      const started = await fixture.graphql(agent, DRAFT_REPLY, { ticketId: opened.data.createTicket.id });
      expect(started.errors).toBeUndefined();
      for (;;) {
        const found = (await fixture.graphql(agent, AGENT_RUN, { id: started.data.draftReply.id })).data.agentRun;
        if (found.status === 'SUCCEEDED' || found.status === 'FAILED') return found;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }

    async function draftUntil(done: (model: string) => boolean): Promise<string> {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const { model } = await draft();
        if (done(model) || Date.now() > deadline) return model;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }

    it('drafts with the configured model until a lead promotes another; the next draft records it', async () => {
      expect((await draft()).model).toBe('anthropic/claude-haiku-4-5');

      await saveAndPromote('model', 'provider: anthropic\nmodel: claude-follow-test-1\nmaxTokens: 200');
      expect(await draftUntil((model) => model === 'anthropic/claude-follow-test-1')).toBe('anthropic/claude-follow-test-1');
      expect(anthropic.requests.at(-1)?.body).toMatchObject({ model: 'claude-follow-test-1', max_tokens: 200 });
    });

    it('embedded: the local responder alone, the vendor is not called', async () => {
      await saveAndPromote('model', 'provider: embedded');
      expect(await draftUntil((model) => model === 'local')).toBe('local');
      const asked = anthropic.requests.length;
      expect((await draft()).model).toBe('local');
      expect(anthropic.requests).toHaveLength(asked);
    });

    it('a vendor whose key the agents do not hold is stored (the playground cannot know) but refused by the agents: the model in force stays', async () => {
      await saveAndPromote('model', 'provider: openai\nmodel: gpt-4.1-mini');
      await afterEarlierEvents('refused model checked');
      expect((await draft()).model).toBe('local');

      // `configuration` (the seed's choice) restores the deployment's own chain.
      await saveAndPromote('model', 'provider: configuration');
      expect(await draftUntil((model) => model === 'anthropic/claude-haiku-4-5')).toBe('anthropic/claude-haiku-4-5');
    });
  });
});
