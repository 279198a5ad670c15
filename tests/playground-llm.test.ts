import { readFileSync } from 'node:fs';
import { startFakeAnthropicServer, type FakeVendorServer } from '@support-graph/test-kit';
import { readChain } from './support/audit-operations.js';
import { PlatformFixture } from './support/platform-fixture.js';
import { isGradingRequest, playgroundVendorAnswer } from './support/playground-llm-vendor.js';

/**
 * Evaluation runs with the configured LLM and the LLM rubric grader, through the gateway, with the
 * platform pointed at a fake Anthropic API started in this process.
 */
const FIXED = readFileSync(new URL('../subgraphs/feedback/test/playground/fixtures/promising-reply-template.yaml', import.meta.url), 'utf8').replace(
  'We guarantee a full refund within 24 hours if this answer does not solve your problem.',
  'If this does not solve your problem, just reply and one of us will take over.',
);
const DATASET = [
  { id: 'card', text: 'I lost my card, what should I do? Write to ann.lee@example.com', language: 'en', customerName: 'Robin', expectedArticle: 'kb-lost-card', reference: 'Freeze the card in the app.' },
  { id: 'refund', text: 'How long does a refund take to show on my statement?', language: 'en' },
  { id: 'laptops', text: 'Do you sell laptops?', language: 'en', expectedArticle: null },
]
  .map((item) => JSON.stringify(item))
  .join('\n');

const CAPABILITIES = '{ playgroundCapabilities { llmConfigured model } evaluationGraders { name } }';
const RUN = `mutation($v: Int!, $d: String!, $r: EvaluationResponder) {
  runEvaluation(kind: "reply-template", version: $v, dataset: $d, responder: $r) {
    id responder model rubricVersion costUsd gradingCostUsd gradingLatencyMeanMs ungradedItems itemCount
    draftedBy { model items } graders { grader mean items }
    items { itemId reply model costUsd gradingCostUsd scores { grader score note } ungraded { grader note } }
  }
}`;

describe('playground runs with the configured LLM (fake Anthropic)', () => {
  let anthropic: FakeVendorServer;
  let fixture: PlatformFixture;
  let lead: string;
  let admin: string;

  beforeAll(async () => {
    anthropic = await startFakeAnthropicServer();
    anthropic.answerWith(playgroundVendorAnswer);
    fixture = await PlatformFixture.start({
      AGENTS_AUTOMATION: 'false',
      ANTHROPIC_API_KEY: 'test-key',
      ANTHROPIC_BASE_URL: anthropic.url,
      ANTHROPIC_MODEL: 'claude-haiku-4-5',
      // The gate dataset's run makes two calls per item: at the default 5 a second it would take half a minute (pacing is unit-tested).
      LLM_REQUESTS_PER_SECOND: '1000',
      LLM_BURST: '1000',
    });
    [lead, admin] = await Promise.all([fixture.token('lead'), fixture.token('admin')]);
    const uploaded = await fixture.graphql(lead, 'mutation($c: String!) { uploadPlaygroundDataset(name: "llm-three", format: "jsonl", content: $c) { version } }', { c: DATASET });
    expect(uploaded.errors).toBeUndefined();
  });
  afterAll(async () => {
    await fixture?.stop();
    await anthropic?.close();
  });

  it('offers the configured model and the rubric grader', async () => {
    const read = await fixture.graphql(lead, CAPABILITIES);
    expect(read.data.playgroundCapabilities).toEqual({ llmConfigured: true, model: 'anthropic/claude-haiku-4-5' });
    expect(read.data.evaluationGraders.map((grader: { name: string }) => grader.name)).toContain('llm-rubric');
  });

  it('drafts every item through the LLM, grades with the production rubric, records model, rubric version, cost and latency', async () => {
    const before = anthropic.requests.length;
    const ran = await fixture.graphql(lead, RUN, { v: 1, d: 'llm-three', r: 'CONFIGURED_LLM' });
    expect(ran.errors).toBeUndefined();
    const run = ran.data.runEvaluation;
    expect(run).toMatchObject({ responder: 'CONFIGURED_LLM', model: 'anthropic/claude-haiku-4-5', rubricVersion: 1, itemCount: 3, ungradedItems: 1 });
    expect(run.draftedBy).toEqual([{ model: 'anthropic/claude-haiku-4-5', items: 3 }]);
    expect(run.costUsd).toBeGreaterThan(0);
    expect(run.gradingCostUsd).toBeGreaterThan(0);
    expect(run.gradingLatencyMeanMs).toBeGreaterThan(0);
    expect(run.graders).toContainEqual({ grader: 'llm-rubric', mean: 0.75, items: 2 });

    const card = run.items.find((item: { itemId: string }) => item.itemId === 'card');
    expect(card.reply).toContain('Freeze your card in the app under Cards.');
    expect(card.model).toBe('anthropic/claude-haiku-4-5');
    expect(card.costUsd).toBeGreaterThan(0);
    expect(card.scores).toContainEqual({ grader: 'llm-rubric', score: 0.75, note: 'Correct, could be shorter.' });
    const laptops = run.items.find((item: { itemId: string }) => item.itemId === 'laptops');
    expect(laptops.scores.map((score: { grader: string }) => score.grader)).not.toContain('llm-rubric');
    expect(laptops.ungraded).toEqual([{ grader: 'llm-rubric', note: 'the model answered without a JSON object' }]);

    // One draft and one grading call per item; what reached the vendor was the redacted dataset text, without the customer's name.
    const sent = anthropic.requests.slice(before);
    expect(sent.filter(isGradingRequest)).toHaveLength(3);
    expect(sent).toHaveLength(6);
    for (const request of sent) {
      expect(request.rawBody).not.toContain('ann.lee@example.com');
      expect(request.rawBody).not.toContain('Robin');
    }
    const audit = (await readChain(fixture, admin, 'playground')).find((entry) => entry.action === 'playground.run_finished' && entry.targetId === run.id);
    expect(JSON.parse(audit!.details)).toMatchObject({ responder: 'CONFIGURED_LLM', model: 'anthropic/claude-haiku-4-5', rubricVersion: 1 });
    expect(audit!.details).not.toContain('Freeze');
  });

  it('an embedded run is still graded by the rubric, drafts for free, and the gate never compares it with an LLM run', async () => {
    const embedded = (await fixture.graphql(lead, RUN, { v: 1, d: 'llm-three' })).data.runEvaluation;
    expect(embedded).toMatchObject({ responder: 'EMBEDDED', model: 'local', costUsd: 0, rubricVersion: 1 });
    expect(embedded.draftedBy).toEqual([{ model: 'local', items: 3 }]);
    expect(embedded.gradingCostUsd).toBeGreaterThan(0);

    // A candidate run on the gate dataset with the LLM only: the gate asks for an embedded run.
    const saved = await fixture.graphql(lead, 'mutation($c: String!) { saveAiConfigVersion(kind: "reply-template", content: $c, message: "fixed") { number } }', { c: FIXED });
    const candidate = saved.data.saveAiConfigVersion.number;
    const gateRun = await fixture.graphql(lead, RUN, { v: candidate, d: 'gate-replies', r: 'CONFIGURED_LLM' });
    expect(gateRun.errors).toBeUndefined();
    // Paced to the rate limit, not falling back past the burst: every item drafted and graded by the LLM.
    expect(gateRun.data.runEvaluation.draftedBy).toEqual([{ model: 'anthropic/claude-haiku-4-5', items: gateRun.data.runEvaluation.itemCount }]);
    expect(gateRun.data.runEvaluation.ungradedItems).toBe(0);
    const refused = await fixture.graphql(lead, 'mutation($v: Int!) { moveAiConfigLabel(kind: "reply-template", label: "production", version: $v) { label { version } } }', { v: candidate });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('PROMOTION_GATE_FAILED');
    expect(refused.errors?.[0]?.message).toContain('with the embedded responder first');
  });

  it('validates llm-rubric versions on save, and grades with the version labelled production', async () => {
    const invalid = await fixture.graphql(lead, 'mutation { saveAiConfigVersion(kind: "llm-rubric", content: "prompt: Score {reply} from 1 to 5.", message: "x") { number } }');
    expect(invalid.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(invalid.errors?.[0]?.message).toContain('{ticket}, {passages}, {reference}');
    const rubric = 'prompt: |-\n  This is a grading task. Judge {reply} for {ticket} against {passages} and {reference}.\n  Answer {"score": 0..1, "reason": "..."}\n';
    const saved = await fixture.graphql(lead, 'mutation($c: String!) { saveAiConfigVersion(kind: "llm-rubric", content: $c, message: "shorter") { number } }', { c: rubric });
    expect(saved.errors).toBeUndefined();
    // Kinds without an evaluation have no gate: an admin moves their protected label.
    const moved = await fixture.graphql(admin, 'mutation($v: Int!) { moveAiConfigLabel(kind: "llm-rubric", label: "production", version: $v, overrideReason: "rubric v2") { label { version } } }', { v: saved.data.saveAiConfigVersion.number });
    expect(moved.errors).toBeUndefined();
    const run = (await fixture.graphql(lead, RUN, { v: 1, d: 'llm-three' })).data.runEvaluation;
    expect(run.rubricVersion).toBe(2);
    expect((anthropic.requests.filter(isGradingRequest).at(-1)!.body as { system: string }).system).toContain('Judge the reply under review (the agent message in <conversation>)');
  });

  it('runs a model version with the model it names (the rubric still grades with the configured one); a vendor without a key is refused', async () => {
    const saved = await fixture.graphql(admin, 'mutation { saveAiConfigVersion(kind: "model", content: "provider: anthropic\\nmodel: claude-eval-candidate\\nmaxTokens: 300\\n", message: "Try the candidate") { number } }');
    expect(saved.errors).toBeUndefined();
    const before = anthropic.requests.length;
    const ran = await fixture.graphql(lead, RUN.replace('kind: "reply-template"', 'kind: "model"'), { v: saved.data.saveAiConfigVersion.number, d: 'llm-three' });
    expect(ran.errors).toBeUndefined();
    expect(ran.data.runEvaluation).toMatchObject({ responder: 'CONFIGURED_LLM', model: 'anthropic/claude-eval-candidate', itemCount: 3 });
    expect(ran.data.runEvaluation.draftedBy).toEqual([{ model: 'anthropic/claude-eval-candidate', items: 3 }]);
    const sent = anthropic.requests.slice(before).map((request) => request.body as { model: string; max_tokens: number });
    const drafts = anthropic.requests.slice(before).filter((request) => !isGradingRequest(request)).map((request) => request.body as { model: string; max_tokens: number });
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    expect(drafts.every((body) => body.model === 'claude-eval-candidate' && body.max_tokens <= 300)).toBe(true);
    expect(sent.filter((body) => body.model === 'claude-haiku-4-5').length).toBeGreaterThan(0);

    const openai = await fixture.graphql(admin, 'mutation { saveAiConfigVersion(kind: "model", content: "provider: openai\\nmodel: gpt-4.1-mini\\n", message: "No key here") { number } }');
    const refused = await fixture.graphql(lead, RUN.replace('kind: "reply-template"', 'kind: "model"'), { v: openai.data.saveAiConfigVersion.number, d: 'llm-three' });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('openai has no API key configured');
  });
});
