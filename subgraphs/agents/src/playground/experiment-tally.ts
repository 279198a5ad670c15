import type { ExperimentRunRecord } from '../store/agent-run-records.js';
import { TriageReview } from '../store/agent-run-records.js';

export const TALLIED_ARMS = ['control', 'candidate'] as const;

/**
 * What the agents did in one arm of an A/B experiment, counted from its succeeded runs: the
 * measures of the kinds other than the reply template (triage rules and thresholds change triage,
 * escalation weights and thresholds the escalation decision, missing-information rules what is asked).
 */
export interface ArmTally {
  readonly arm: (typeof TALLIED_ARMS)[number];
  readonly runs: number;
  readonly triageRuns: number;
  /** Triage runs where the cascade decided nothing and a person had to categorise. */
  readonly triageToPerson: number;
  /** Triage runs a person reviewed, and of those the ones they accepted (the rest they corrected). */
  readonly triageReviewed: number;
  readonly triageAccepted: number;
  readonly escalationRuns: number;
  readonly escalated: number;
  readonly missingInformationRuns: number;
  /** Missing-information runs that asked the customer for something. */
  readonly askedForInformation: number;
}

function resultOf(run: ExperimentRunRecord): Record<string, unknown> {
  try {
    return run.output === null ? {} : (JSON.parse(run.output) as Record<string, unknown>);
  } catch {
    return {};
  }
}

export function tallyExperiment(runs: readonly ExperimentRunRecord[]): ArmTally[] {
  return TALLIED_ARMS.map((arm) => {
    const mine = runs.filter((run) => run.experimentArm === arm).map((run) => ({ agent: run.agent, review: run.review, result: resultOf(run) }));
    const of = (agent: string) => mine.filter((run) => run.agent === agent);
    const triage = of('triage');
    const escalation = of('escalation');
    const missing = of('missing-information');
    const reviewed = triage.filter((run) => run.review !== null);
    return {
      arm,
      runs: mine.length,
      triageRuns: triage.length,
      triageToPerson: triage.filter((run) => run.result['category'] === null).length,
      triageReviewed: reviewed.length,
      triageAccepted: reviewed.filter((run) => run.review === TriageReview.ACCEPTED).length,
      escalationRuns: escalation.length,
      escalated: escalation.filter((run) => run.result['escalate'] === true).length,
      missingInformationRuns: missing.length,
      askedForInformation: missing.filter((run) => Array.isArray(run.result['missing']) && run.result['missing'].length > 0).length,
    };
  });
}
