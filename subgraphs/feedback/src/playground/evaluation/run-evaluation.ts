import type { AgentDependencies } from '@support-graph/support-agents';
import type { DatasetItem } from '../datasets/dataset-item.js';
import { agentsFor, draftItem, type EvaluationEnvironment } from './draft-item.js';
import type { ItemResult, RunSummary } from './evaluation-run.js';
import type { Grader, GraderScore } from './graders/grader.js';
import type { LlmRubricGrader } from './graders/llm-rubric/llm-rubric-grader.js';

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * Drafts every item with the agents so configured (one at a time: the local responder is CPU-bound, and a paid
 * provider's rate limit is shared with the platform) and grades it; the LLM rubric grader, when
 * given, after the built-in ones.
 */
export async function runEvaluation(
  dependencies: AgentDependencies,
  items: readonly DatasetItem[],
  graders: readonly Grader[],
  environment: EvaluationEnvironment,
  rubric?: LlmRubricGrader,
): Promise<{ items: ItemResult[]; summary: RunSummary }> {
  const agents = agentsFor(dependencies);
  const results: ItemResult[] = [];
  for (const item of items) {
    const drafted = await draftItem(agents, item, environment);
    const scores: Record<string, GraderScore> = {};
    for (const grader of graders) {
      const score = await grader.grade(item, drafted.output);
      if (score) scores[grader.name] = { score: round(score.score), note: score.note };
    }
    const judged = rubric ? await rubric.judge(item, drafted.output) : undefined;
    if (judged?.score) scores[rubric!.name] = { score: round(judged.score.score), note: judged.score.note };
    results.push({
      itemId: item.id,
      output: drafted.output,
      scores,
      ...(judged?.ungraded ? { ungraded: { [rubric!.name]: judged.ungraded } } : {}),
      costUsd: drafted.costUsd,
      latencyMs: round(drafted.latencyMs, 1),
      model: drafted.model,
      ...(judged ? { grading: { costUsd: judged.costUsd, latencyMs: round(judged.latencyMs, 1) } } : {}),
    });
  }
  return { items: results, summary: summarise(results, [...graders.map((grader) => grader.name), ...(rubric ? [rubric.name] : [])]) };
}

const latencySummary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length), 1),
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
  };
};

export function summarise(results: readonly ItemResult[], graderNames: readonly string[]): RunSummary {
  const summary: Record<string, { mean: number; items: number }> = {};
  for (const grader of graderNames) {
    const scores = results.flatMap((result) => result.scores[grader]?.score ?? []);
    if (scores.length > 0) summary[grader] = { mean: round(scores.reduce((a, b) => a + b, 0) / scores.length), items: scores.length };
  }
  const draftedBy: Record<string, number> = {};
  for (const result of results) if (result.model) draftedBy[result.model] = (draftedBy[result.model] ?? 0) + 1;
  const graded = results.flatMap((result) => result.grading ?? []);
  return {
    items: results.length,
    graders: summary,
    costUsd: round(results.reduce((sum, result) => sum + result.costUsd, 0), 6),
    latencyMs: latencySummary(results.map((result) => result.latencyMs)),
    draftedBy,
    ...(graded.length > 0
      ? {
          grading: {
            costUsd: round(graded.reduce((sum, grading) => sum + grading.costUsd, 0), 6),
            latencyMs: latencySummary(graded.map((grading) => grading.latencyMs)),
            ungraded: results.filter((result) => result.ungraded && Object.keys(result.ungraded).length > 0).length,
          },
        }
      : {}),
  };
}
