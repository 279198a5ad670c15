import type { AgentDependencies } from '@support-graph/support-agents';
import type { DatasetItem } from '../datasets/dataset-item.js';
import { agentsFor, draftItem, type EvaluationEnvironment } from './draft-item.js';
import type { ItemResult, RunSummary } from './evaluation-run.js';
import type { Grader, GraderScore } from './graders/grader.js';

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;

/** Drafts every item with the agents so configured (one at a time: the local responder is CPU-bound) and grades it. */
export async function runEvaluation(
  dependencies: AgentDependencies,
  items: readonly DatasetItem[],
  graders: readonly Grader[],
  environment: EvaluationEnvironment,
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
    results.push({ itemId: item.id, output: drafted.output, scores, costUsd: drafted.costUsd, latencyMs: round(drafted.latencyMs, 1) });
  }
  return { items: results, summary: summarise(results, graders) };
}

export function summarise(results: readonly ItemResult[], graders: readonly Grader[]): RunSummary {
  const summary: Record<string, { mean: number; items: number }> = {};
  for (const grader of graders) {
    const scores = results.flatMap((result) => result.scores[grader.name]?.score ?? []);
    if (scores.length > 0) summary[grader.name] = { mean: round(scores.reduce((a, b) => a + b, 0) / scores.length), items: scores.length };
  }
  const latencies = results.map((result) => result.latencyMs).sort((a, b) => a - b);
  return {
    items: results.length,
    graders: summary,
    costUsd: round(results.reduce((sum, result) => sum + result.costUsd, 0), 6),
    latencyMs: {
      mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length), 1),
      p95: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))] ?? 0,
    },
  };
}
