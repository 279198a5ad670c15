import { fileURLToPath } from 'node:url';
import { readBanking77 } from '../src/eval/labelled-datasets.js';
import type { TriageLlm } from '../src/triage/llm-stage.js';
import { createLlmStage } from '../src/triage/llm-stage.js';
import { createMlStage } from '../src/triage/ml-stage.js';
import { createRulesStage } from '../src/triage/rules-stage.js';
import { createSimilarityCacheStage } from '../src/triage/similarity-cache-stage.js';
import { createTriageCascade, type TriageCascadeOptions } from '../src/triage/triage-cascade.js';
import { trainTriageModel } from '../src/triage/triage-model.js';
import { loadTriageRules } from '../src/triage/triage-rules.js';

const rules = loadTriageRules(fileURLToPath(new URL('../rules/triage-rules.yaml', import.meta.url)));
const sample = readBanking77(fileURLToPath(new URL('./fixtures/banking77-sample.csv', import.meta.url)));
const model = trainTriageModel(sample);
const ml = createMlStage({ classifier: model.classifier, softmaxScale: model.softmaxScale });

function cascade(overrides: Partial<TriageCascadeOptions> = {}) {
  return createTriageCascade({
    stages: [createRulesStage(rules), createSimilarityCacheStage(model.cache), ml],
    rules,
    vectorizer: model.vectorizer,
    thresholds: { ml: 0.2 },
    ...overrides,
  });
}

describe('triage cascade', () => {
  it('lets a matching rule decide first, with the rule file routing', async () => {
    const result = await cascade().triage({ subject: 'Help', body: 'Someone stole my wallet with my card in it' });
    expect(result).toMatchObject({
      outcome: 'decided',
      decidedBy: 'rules',
      decision: { category: 'lost_or_stolen_card', priority: 'urgent', team: 'card-security' },
    });
    expect(result.trace.map((step) => step.stage)).toEqual(['rules']);
  });

  it('answers a resolved ticket asked again from the similarity cache', async () => {
    const again = sample.find((e) => e.label === 'exchange_rate')!.text;
    expect(await cascade().triage({ body: again })).toMatchObject({ decidedBy: 'ml' });
    // Until its label has a track record the cache does not answer; resolved tickets build one.
    const before = model.cache.labelRecord('exchange_rate');
    expect(before.total).toBeLessThan(3);
    for (let i = 0; i < 3; i += 1) model.cache.addResolved(again, model.vectorizer.vectorize(again), 'exchange_rate');
    expect(model.cache.labelRecord('exchange_rate')).toEqual({ correct: before.correct + 3, total: before.total + 3 });
    const result = await cascade().triage({ body: again });
    expect(result).toMatchObject({ outcome: 'decided', decidedBy: 'cache', decision: { category: 'exchange_rate', team: 'payments' } });
  });

  it('falls through to the classifier for a new wording and routes by its category', async () => {
    const result = await cascade().triage({ body: 'my top-up did not go through, why did it fail?' });
    expect(result).toMatchObject({ outcome: 'decided', decidedBy: 'ml', decision: { category: 'top_up_failed', team: 'payments', priority: 'high' } });
    expect(result.trace.map((step) => step.stage)).toEqual(['rules', 'cache', 'ml']);
  });

  it('escalates with a reason when no stage reaches its threshold', async () => {
    const result = await cascade({ thresholds: { ml: 0.99 } }).triage({ body: 'what is the weather like on mars' });
    expect(result.outcome).toBe('escalated');
    if (result.outcome !== 'escalated') return;
    expect(result.reason).toBe('low_confidence');
    expect(result.summary).toMatch(/ml: classifier: .* < 0\.99/);
  });

  it('escalates as out of scope when a stage proposes the out-of-scope category', async () => {
    const result = await cascade({ outOfScopeCategory: 'top_up_failed' }).triage({ body: 'my top up failed' });
    expect(result).toMatchObject({ outcome: 'escalated', reason: 'out_of_scope' });
  });

  it('calls the LLM only when the cheaper stages are unsure, and keeps routing from the rules file', async () => {
    const calls: string[] = [];
    const llm: TriageLlm = {
      async classify(request) {
        calls.push(request.ticketText);
        expect(request.examples.length).toBeGreaterThan(0);
        return { category: 'card_arrival', confidence: 0.9 };
      },
    };
    const llmStage = createLlmStage({
      llm,
      categories: model.classifier.labels,
      retrieveExamples: (input) => model.cache.nearest(input.vector(), 3).map((n) => ({ text: n.text, category: n.label })),
    });
    const withLlm = cascade({ stages: [createRulesStage(rules), ml, llmStage], thresholds: { ml: 0.99 } });
    await withLlm.triage({ body: 'Someone stole my card' });
    expect(calls).toHaveLength(0);
    const result = await withLlm.triage({ body: 'where is the thing you were going to post me' });
    expect(calls).toHaveLength(1);
    expect(result).toMatchObject({ outcome: 'decided', decidedBy: 'llm', decision: { category: 'card_arrival', team: 'cards', priority: 'normal' } });
  });

  it('needs a vectorizer only when a stage uses vectors', async () => {
    const rulesOnly = createTriageCascade({ stages: [createRulesStage(rules)], rules });
    await expect(rulesOnly.triage({ body: 'the ATM swallowed my card' })).resolves.toMatchObject({ decidedBy: 'rules' });
    const broken = createTriageCascade({ stages: [ml], rules });
    await expect(broken.triage({ body: 'hello' })).rejects.toThrow(/vectorizer/);
  });
});
