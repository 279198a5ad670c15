import { fileURLToPath } from 'node:url';
import { createTriageAgent } from '../src/agents/triage/triage-agent.js';
import { createAnthropicProvider } from '../src/llm/adapters/anthropic-provider.js';
import { createLocalGroundedResponder } from '../src/llm/adapters/local-grounded-responder.js';
import { readBanking77 } from '../src/eval/labelled-datasets.js';
import { createLlmTriageStage } from '../src/triage/llm-triage-stage.js';
import { trainTriageModel } from '../src/triage/triage-model.js';
import { loadTriageRules } from '../src/triage/triage-rules.js';
import { agentContext, ticket } from './agents/agent-test-kit.js';
import { startFakeAnthropicServer } from '@support-graph/test-kit';
import type { FakeVendorServer } from '@support-graph/test-kit';

const rules = loadTriageRules(fileURLToPath(new URL('../rules/triage-rules.yaml', import.meta.url)));
const model = trainTriageModel(readBanking77(fileURLToPath(new URL('./fixtures/banking77-sample.csv', import.meta.url))));
/** A ticket no rule matches and the small model is unsure of: it reaches the LLM stage. */
const unsure = ticket({ subject: 'Question', description: 'My new card still has not come in the post, what is going on with it?' });

describe('triage LLM stage in the cascade (real SDK against the fake Anthropic API)', () => {
  let fake: FakeVendorServer;
  beforeEach(async () => {
    fake = await startFakeAnthropicServer();
  });
  afterEach(() => fake.close());

  const agentWith = (llm = createAnthropicProvider({ apiKey: 'test-key', baseURL: fake.url, timeoutMs: 2_000, model: 'claude-haiku-4-5' })) =>
    createTriageAgent({
      rules,
      model,
      // The classifier alone must not decide, so the LLM stage is reached.
      thresholds: { ml: 0.99, cache: 1 },
      extraStages: [createLlmTriageStage({ llm, rules, model: () => model })],
    });

  it('decides with the category the model names, routed by the rules file, with examples and categories in the request', async () => {
    fake.enqueue({ kind: 'stream', deltas: ['{"category": "card_arrival", ', '"confidence": 0.91}'] });
    const output = await agentWith().run(agentContext(unsure));
    expect(output.result).toMatchObject({ category: 'card_arrival', decidedBy: 'llm', escalated: false });
    expect(output.stage).toBe('llm');
    const body = fake.requests[0]!.body as { system: string; messages: { content: string }[] };
    expect(body.system).toContain('Allowed categories:');
    expect(body.system).toContain('card_arrival');
    expect(body.messages[0]!.content).toContain('still has not come in the post');
    expect(body.messages[0]!.content).toMatch(/<passage id="example-1" title="category: [a-z_]+" source="ticket">/);
  });

  it('escalates when the model names a category that does not exist, or is unsure', async () => {
    fake.enqueue({ kind: 'stream', deltas: ['{"category": "give_refund_now", "confidence": 0.99}'] });
    expect((await agentWith().run(agentContext(unsure))).result).toMatchObject({ escalated: true, category: null });
    fake.enqueue({ kind: 'stream', deltas: ['{"category": "card_arrival", "confidence": 0.3}'] });
    expect((await agentWith().run(agentContext(unsure))).result).toMatchObject({ escalated: true });
  });

  it('escalates when the only provider is the local responder, which cannot classify', async () => {
    const output = await agentWith(createLocalGroundedResponder()).run(agentContext(unsure));
    expect(output.result).toMatchObject({ escalated: true, decidedBy: 'escalated' });
  });
});
