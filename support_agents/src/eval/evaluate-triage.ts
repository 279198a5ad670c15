import { createMlStage } from '../triage/ml-stage.js';
import { createRulesStage } from '../triage/rules-stage.js';
import { createSimilarityCacheStage } from '../triage/similarity-cache-stage.js';
import { createTriageCascade } from '../triage/triage-cascade.js';
import type { TriageModel } from '../triage/triage-model.js';
import { parseTriageRules, type TriageRules } from '../triage/triage-rules.js';
import type { LabelledText, TriageStage, TriageStageName } from '../triage/triage-types.js';
import { accuracy, macroF1, percentile } from './classification-metrics.js';

export interface TriageEvaluation {
  accuracy: number;
  macro_f1: number;
  p50_ms: number;
  p95_ms: number;
  stage_share: Record<TriageStageName | 'escalated', number>;
  llm_calls: number;
  in_scope_accuracy?: number;
  oos_recall?: number;
  oos_precision?: number;
}

const ESCALATED = 'escalated';

/** Without a rules file: no rules stage, and every category routed to one default team. */
const NO_RULES = parseTriageRules('version: 1\ndefaults: { team: support, priority: normal }\n');

/**
 * Triages every test example through rules (if a rules file is given) → similarity cache → ML, with the model's
 * tuned ml threshold. An escalated ticket is predicted as `outOfScopeLabel` (or "escalated" when
 * there is none), so escalating an out-of-scope ticket is correct and escalating another is wrong.
 */
export async function evaluateTriage(
  model: TriageModel,
  test: readonly LabelledText[],
  options: { rules?: TriageRules; outOfScopeLabel?: string },
): Promise<TriageEvaluation> {
  const rules = options.rules ?? NO_RULES;
  const stages: TriageStage[] = [
    ...(options.rules ? [createRulesStage(options.rules)] : []),
    createSimilarityCacheStage(model.cache),
    createMlStage({ classifier: model.classifier, softmaxScale: model.softmaxScale }),
  ];
  const cascade = createTriageCascade({
    stages,
    rules,
    vectorizer: model.vectorizer,
    thresholds: { ml: model.mlThreshold },
    ...(options.outOfScopeLabel ? { outOfScopeCategory: options.outOfScopeLabel } : {}),
  });
  const decidedBy = { rules: 0, cache: 0, ml: 0, llm: 0, escalated: 0 };
  const predicted: string[] = [];
  const latencies: number[] = [];
  let llmCalls = 0;
  for (const example of test) {
    const started = performance.now();
    const result = await cascade.triage({ body: example.text });
    latencies.push(performance.now() - started);
    llmCalls += result.trace.filter((step) => step.stage === 'llm').length;
    if (result.outcome === 'decided') {
      decidedBy[result.decidedBy] += 1;
      predicted.push(result.decision.category);
    } else {
      decidedBy.escalated += 1;
      predicted.push(options.outOfScopeLabel ?? ESCALATED);
    }
  }
  const actual = test.map((e) => e.label);
  const round = (value: number) => Math.round(value * 10000) / 10000;
  const evaluation: TriageEvaluation = {
    accuracy: round(accuracy(actual, predicted)),
    macro_f1: round(macroF1(actual, predicted)),
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    stage_share: {
      rules: round(decidedBy.rules / test.length),
      cache: round(decidedBy.cache / test.length),
      ml: round(decidedBy.ml / test.length),
      llm: round(decidedBy.llm / test.length),
      escalated: round(decidedBy.escalated / test.length),
    },
    llm_calls: llmCalls,
  };
  const oos = options.outOfScopeLabel;
  if (oos === undefined) return evaluation;
  const inScope = actual.flatMap((label, i) => (label === oos ? [] : [i]));
  const outOfScope = actual.flatMap((label, i) => (label === oos ? [i] : []));
  const escalatedOutOfScope = outOfScope.filter((i) => predicted[i] === oos).length;
  const escalatedAll = predicted.filter((label) => label === oos).length;
  return {
    ...evaluation,
    in_scope_accuracy: round(inScope.filter((i) => predicted[i] === actual[i]).length / Math.max(1, inScope.length)),
    oos_recall: round(escalatedOutOfScope / Math.max(1, outOfScope.length)),
    oos_precision: round(escalatedOutOfScope / Math.max(1, escalatedAll)),
  };
}
