import { LlmError, type LlmProvider, type LlmResult } from '@support-graph/support-agents';
import type { LlmRubric } from '../../../configs/llm-rubric-document.js';
import type { DatasetItem } from '../../../datasets/dataset-item.js';
import type { ItemOutput } from '../../item-output.js';
import type { GraderScore } from '../grader.js';
import { parseRubricVerdict } from './rubric-verdict.js';
import { rubricRequest } from './rubric-request.js';

/** What the grader is, for the grader list (it is listed only when an LLM is configured). */
export const LLM_RUBRIC_GRADER = {
  name: 'llm-rubric',
  judges: 'the configured LLM’s score (0–1) against the versioned rubric: correctness against the cited passages, completeness against the reference, tone',
  cannotJudge: 'facts the passages do not hold; it is a model, so it can be wrong or inconsistent between runs; absent when no LLM is configured',
} as const;

/** One item graded by the model: a score, or why the item stays ungraded; with what the call cost. */
export interface RubricJudgement {
  readonly score?: GraderScore;
  /** Set instead of `score` when the answer could not be used (the item is left out of the mean). */
  readonly ungraded?: string;
  /** USD of the grading call (0 when the model has no configured price). */
  readonly costUsd: number;
  readonly latencyMs: number;
}

/**
 * Asks the configured LLM to score a reply against the rubric labelled `production` (kind
 * `llm-rubric`). Unlike the built-in graders it costs money and time, which the run records, and
 * its answer is parsed defensively: an unusable answer leaves the item ungraded with a note, never
 * a guessed score. An answer from the embedded responder (the vendors failed and the chain fell
 * back) is not a grade either.
 */
export class LlmRubricGrader {
  readonly name = LLM_RUBRIC_GRADER.name;

  constructor(
    private readonly llm: LlmProvider,
    private readonly rubric: LlmRubric,
    /** The `llm-rubric` version the rubric is, recorded in every run it grades. */
    readonly rubricVersion: number,
  ) {}

  async judge(item: DatasetItem, output: ItemOutput): Promise<RubricJudgement> {
    const started = performance.now();
    let result: LlmResult | undefined;
    try {
      for await (const event of this.llm.stream(rubricRequest(this.rubric, item, output))) {
        if (event.type === 'done') result = event.result;
      }
    } catch (error) {
      const code = error instanceof LlmError ? error.code : 'UNKNOWN';
      return { ungraded: `the LLM call failed (${code})`, costUsd: 0, latencyMs: performance.now() - started };
    }
    const latencyMs = performance.now() - started;
    const costUsd = result?.costUsd ?? 0;
    if (!result) return { ungraded: 'the LLM ended without an answer', costUsd, latencyMs };
    if (result.provider === 'local') return { ungraded: 'the configured LLM did not answer (the embedded responder did)', costUsd, latencyMs };
    const verdict = parseRubricVerdict(result.text);
    if ('problem' in verdict) return { ungraded: verdict.problem, costUsd, latencyMs };
    return { score: { score: verdict.score, note: verdict.reason }, costUsd, latencyMs };
  }
}
