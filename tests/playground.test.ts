import { readFileSync } from 'node:fs';
import { PlatformFixture } from './support/platform-fixture.js';
import { OPEN_TICKET, RUN_AGENT } from './support/agents-operations.js';

/** The playground through the gateway, as a support lead uses it, and the agents drafting with what it labels. */
const PROMISING = readFileSync(new URL('../subgraphs/feedback/test/playground/fixtures/promising-reply-template.yaml', import.meta.url), 'utf8');
const PROMISE = 'We guarantee a full refund within 24 hours if this answer does not solve your problem.';
const FIXED_CLOSING = 'If this does not solve your problem, just reply and one of us will take over.';
const BUILT_IN_CLOSING = 'If it does not solve your problem, just reply and a member of our team will take over.';

const LABELS = 'query { aiConfigLabels(kind: "reply-template") { label version protected } }';
const SAVE = 'mutation($c: String!, $m: String!) { saveAiConfigVersion(kind: "reply-template", content: $c, message: $m) { number author diff } }';
const TRY = 'mutation($v: Int, $t: String!) { tryAiConfig(kind: "reply-template", version: $v, text: $t, customerName: "Robin") { reply grounded scores { grader score note } } }';
const RUN = 'mutation($v: Int!) { runEvaluation(kind: "reply-template", version: $v, dataset: "gate-replies") { id itemCount graders { grader mean items } } }';
const MOVE = 'mutation($v: Int!, $r: String) { moveAiConfigLabel(kind: "reply-template", label: "production", version: $v, overrideReason: $r) { label { version } gate { passed comparisons { grader candidate baseline worse } } } }';
const ROLL_BACK = 'mutation { rollBackAiConfigLabel(kind: "reply-template", label: "production") { label { version } } }';
const COMPARE = 'query($l: ID!, $r: ID!) { compareEvaluationRuns(left: $l, right: $r) { itemId left { scores { grader score } } right { reply scores { grader score note } } } }';
const DRAFT = 'query($id: ID!) { agentRun(id: $id) { agentVersion draft { text } } }';

describe('playground through the gateway', () => {
  let fixture: PlatformFixture;
  let lead: string;
  let agent: string;
  let admin: string;
  let articleId: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ TRIAGE_TRAINING_DATA: 'none', AGENTS_AUTOMATION: 'false' });
    [lead, agent, admin] = await Promise.all([fixture.token('lead'), fixture.token('agent'), fixture.token('admin')]);
    const created = await fixture.graphql(admin, 'mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }', {
      i: { title: 'Reset your password', body: 'Tap Forgot password on the sign-in screen. We email you a reset link that is valid for 30 minutes.', locale: 'en' },
    });
    articleId = created.data.createArticle.id;
    await fixture.graphql(admin, 'mutation($id: ID!) { publishArticle(id: $id) { id } }', { id: articleId });
  });
  afterAll(() => fixture.stop());

  /** A draft by the agents subgraph (not the playground) for a fresh ticket. */
  async function platformDraft(): Promise<{ text: string; agentVersion: string }> {
    const opened = await fixture.graphql(agent, OPEN_TICKET, { input: { subject: 'Password', description: 'How do I reset my password?', customer: { email: 'pg@example.com', name: 'Robin' } } });
    const ran = await fixture.graphql(agent, RUN_AGENT, { ticketId: opened.data.createTicket.id, agent: 'reply-drafting' });
    const read = await fixture.graphql(agent, DRAFT, { id: ran.data.runAgent.id });
    return { text: read.data.agentRun.draft.text, agentVersion: read.data.agentRun.agentVersion };
  }

  /** The agents switch on the label-move event; give the event a moment to arrive. */
  async function platformDraftContaining(text: string): Promise<{ text: string; agentVersion: string }> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const draft = await platformDraft();
      if (draft.text.includes(text) || Date.now() > deadline) return draft;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('a lead edits the template, tries it, sees it lose on faithfulness, cannot promote it, fixes and promotes it; the agents follow; rollback restores', async () => {
    expect((await fixture.graphql(lead, LABELS)).data.aiConfigLabels).toEqual([
      { label: 'production', version: 1, protected: true },
      { label: 'staging', version: 1, protected: false },
    ]);
    expect((await platformDraft()).text).toContain(BUILT_IN_CLOSING);

    const saved = await fixture.graphql(lead, SAVE, { c: PROMISING, m: 'Promise a refund' });
    expect(saved.errors).toBeUndefined();
    const worse = saved.data.saveAiConfigVersion;
    expect(worse.diff).toContain(`+    closing: ${PROMISE}`);

    const tried = await fixture.graphql(lead, TRY, { v: worse.number, t: 'I lost my card, what should I do?' });
    expect(tried.errors).toBeUndefined();
    expect(tried.data.tryAiConfig.reply).toContain(PROMISE);

    const worseRun = (await fixture.graphql(lead, RUN, { v: worse.number })).data.runEvaluation;
    const faithfulness = (run: { graders: { grader: string; mean: number }[] }) => run.graders.find((g) => g.grader === 'faithfulness')!.mean;
    expect(faithfulness(worseRun)).toBeLessThan(1);
    const refused = await fixture.graphql(lead, MOVE, { v: worse.number });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('PROMOTION_GATE_FAILED');
    expect(refused.errors?.[0]?.message).toMatch(/faithfulness/);
    // A lead cannot override the gate with a reason either: only an admin may.
    expect((await fixture.graphql(lead, MOVE, { v: worse.number, r: 'trust me' })).errors?.[0]?.extensions?.['code']).toBe('PROMOTION_GATE_FAILED');

    const fixed = (await fixture.graphql(lead, SAVE, { c: PROMISING.replace(PROMISE, FIXED_CLOSING), m: 'No promise in the closing' })).data.saveAiConfigVersion;
    const fixedRun = (await fixture.graphql(lead, RUN, { v: fixed.number })).data.runEvaluation;
    expect(faithfulness(fixedRun)).toBe(1);
    const pairs = (await fixture.graphql(lead, COMPARE, { l: fixedRun.id, r: worseRun.id })).data.compareEvaluationRuns;
    expect(pairs.length).toBe(fixedRun.itemCount);
    expect(pairs.some((pair: any) => pair.right.scores.find((s: any) => s.grader === 'faithfulness').note.includes('unsupported'))).toBe(true);

    const promoted = await fixture.graphql(lead, MOVE, { v: fixed.number });
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data.moveAiConfigLabel).toMatchObject({ label: { version: fixed.number }, gate: { passed: true } });
    const afterPromotion = await platformDraftContaining(FIXED_CLOSING);
    expect(afterPromotion.text).toContain(FIXED_CLOSING);
    expect(afterPromotion.agentVersion).toContain(`template.${fixed.number}`);

    expect((await fixture.graphql(lead, ROLL_BACK)).data.rollBackAiConfigLabel.label.version).toBe(1);
    expect((await platformDraftContaining(BUILT_IN_CLOSING)).text).toContain(BUILT_IN_CLOSING);
  });

  it('is for leads and admins: an agent is refused', async () => {
    const response = await fixture.graphql(agent, SAVE, { c: PROMISING, m: 'no' });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await fixture.graphql(agent, LABELS)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses a broken document with BAD_USER_INPUT and keeps nothing', async () => {
    const response = await fixture.graphql(lead, SAVE, { c: 'languages:\n  en: {}\n', m: 'broken' });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const versions = await fixture.graphql(lead, 'query { aiConfigVersions(kind: "reply-template") { number } }');
    expect(versions.data.aiConfigVersions.every((v: { number: number }) => v.number <= 3)).toBe(true);
  });

  it('without an LLM key: no configured model, no rubric grader, and a CONFIGURED_LLM run is BAD_USER_INPUT', async () => {
    const read = await fixture.graphql(lead, '{ playgroundCapabilities { llmConfigured model } evaluationGraders { name } }');
    expect(read.data.playgroundCapabilities).toEqual({ llmConfigured: false, model: null });
    expect(read.data.evaluationGraders.map((grader: { name: string }) => grader.name)).not.toContain('llm-rubric');
    const refused = await fixture.graphql(lead, 'mutation { runEvaluation(kind: "reply-template", version: 1, dataset: "gate-replies", responder: CONFIGURED_LLM) { id } }');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responder' });
  });

  it('runs on the live knowledge subgraph when asked: the published article answers, which the committed articles do not hold', async () => {
    const content = JSON.stringify({ id: 'reset', text: 'How do I reset my password?', language: 'en', expectedArticle: articleId });
    expect((await fixture.graphql(lead, 'mutation($c: String!) { uploadPlaygroundDataset(name: "live-reset", format: "jsonl", content: $c) { version } }', { c: content })).errors).toBeUndefined();
    const RUN_ON = 'mutation($k: EvaluationKnowledge) { runEvaluation(kind: "reply-template", version: 1, dataset: "live-reset", knowledge: $k) { knowledge items { reply citedArticles scores { grader score } } } }';
    const live = (await fixture.graphql(lead, RUN_ON, { k: 'LIVE' })).data.runEvaluation;
    expect(live.knowledge).toBe('LIVE');
    expect(live.items[0].citedArticles).toEqual([articleId]);
    expect(live.items[0].reply).toContain('reset link');
    expect(live.items[0].scores).toContainEqual({ grader: 'citation', score: 1 });
    const committed = (await fixture.graphql(lead, RUN_ON, {})).data.runEvaluation;
    expect(committed.knowledge).toBe('COMMITTED');
    expect(committed.items[0].citedArticles).not.toContain(articleId);
  });
});
