import type { RunSummary } from './evaluation-run.js';

/** Graders the gate compares unless the caller chooses others. */
export const DEFAULT_GATE_GRADERS = ['citation', 'faithfulness', 'completeness', 'language', 'tone'] as const;

/** Scores this close count as equal: the local responder is deterministic, a paid model is not quite. */
export const GATE_TOLERANCE = 0.005;

export interface GateComparison {
  readonly grader: string;
  readonly candidate: number | null;
  readonly baseline: number | null;
  readonly worse: boolean;
}

export interface GateVerdict {
  readonly passed: boolean;
  readonly comparisons: readonly GateComparison[];
}

/**
 * A candidate passes when, on every chosen grader, its mean is not worse than the baseline's (the
 * current production version's run on the same gate dataset, or the committed minimums in CI). A
 * grader the candidate's run lacks but the baseline has is a failure: it was not measured.
 */
export function promotionGate(candidate: RunSummary, baseline: Readonly<Record<string, number>>, graders: readonly string[] = DEFAULT_GATE_GRADERS): GateVerdict {
  const comparisons = graders.map((grader) => {
    const candidateMean = candidate.graders[grader]?.mean ?? null;
    const baselineMean = baseline[grader] ?? null;
    const worse = baselineMean !== null && (candidateMean === null || candidateMean < baselineMean - GATE_TOLERANCE);
    return { grader, candidate: candidateMean, baseline: baselineMean, worse };
  });
  return { passed: comparisons.every((comparison) => !comparison.worse), comparisons };
}

/** A run's grader means, as a gate baseline. */
export function baselineOf(summary: RunSummary): Record<string, number> {
  return Object.fromEntries(Object.entries(summary.graders).map(([grader, { mean }]) => [grader, mean]));
}
