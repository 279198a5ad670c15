import type { CsatResponseRecord, DraftRatingRecord } from '../../store/feedback-records.js';
import { DraftOutcome } from '../../store/feedback-records.js';
import { EXPERIMENT_ARMS, type ConfigExperiment, type ExperimentArm } from './config-experiment.js';
import type { ArmRunTally, ExperimentRunTally } from './experiment-run-tally.js';

/** The feedback signals the results are counted from (the feedback store is the adapter). */
export interface ExperimentSignals {
  draftRatingsOfExperiment(experimentId: string): Promise<DraftRatingRecord[]>;
  findCsat(ticketIds: readonly string[]): Promise<CsatResponseRecord[]>;
}

/** What the drafts of one arm came to, as agents rated them and customers answered the survey. */
export interface ArmResults {
  readonly arm: ExperimentArm;
  readonly label: string;
  /** Rated drafts (the latest verdict per draft counts). */
  readonly drafts: number;
  readonly sentAsIs: number;
  readonly edited: number;
  readonly discarded: number;
  /** Mean characters changed of the edited drafts; null without any. */
  readonly meanEditDistance: number | null;
  /** Share of rated drafts sent as is (0–1); null without any. */
  readonly acceptanceRate: number | null;
  /** Tickets of the arm's rated drafts whose customer answered the CSAT survey. */
  readonly csatResponses: number;
  readonly csatMean: number | null;
  /** What the agents did in the arm (triage, escalation, missing information); null when the agents subgraph did not answer. */
  readonly agentRuns: ArmRunTally | null;
}

export interface ExperimentResults {
  readonly arms: readonly ArmResults[];
  /** Two-sided two-proportion z-test on acceptance, control vs candidate; null while either arm has no rated draft. */
  readonly acceptancePValue: number | null;
}

export async function experimentResults(experiment: ConfigExperiment, signals: ExperimentSignals, runTally?: ExperimentRunTally): Promise<ExperimentResults> {
  const [ratings, tallies] = await Promise.all([signals.draftRatingsOfExperiment(experiment.id), runTally ? runTally.tally(experiment.id) : null]);
  const csat = await signals.findCsat([...new Set(ratings.map((rating) => rating.ticketId))]);
  const scoreOf = new Map(csat.map((response) => [response.ticketId, response.score]));
  const arms = EXPERIMENT_ARMS.map((arm) => {
    const label = arm === 'control' ? experiment.controlLabel : experiment.candidateLabel;
    return { ...armResults(arm, label, ratings.filter((rating) => rating.experimentArm === arm), scoreOf), agentRuns: tallies?.find((tally) => tally.arm === arm) ?? null };
  });
  const [control, candidate] = arms as [ArmResults, ArmResults];
  return { arms, acceptancePValue: twoProportionPValue(control.sentAsIs, control.drafts, candidate.sentAsIs, candidate.drafts) };
}

function armResults(arm: ExperimentArm, label: string, ratings: readonly DraftRatingRecord[], scoreOf: ReadonlyMap<string, number>): Omit<ArmResults, 'agentRuns'> {
  const count = (outcome: DraftOutcome) => ratings.filter((rating) => rating.outcome === outcome).length;
  const edits = ratings.filter((rating) => rating.outcome === DraftOutcome.EDITED).map((rating) => rating.editDistance ?? 0);
  const scores = [...new Set(ratings.map((rating) => rating.ticketId))].flatMap((ticketId) => (scoreOf.has(ticketId) ? [scoreOf.get(ticketId)!] : []));
  const sentAsIs = count(DraftOutcome.SENT_AS_IS);
  return {
    arm,
    label,
    drafts: ratings.length,
    sentAsIs,
    edited: edits.length,
    discarded: count(DraftOutcome.DISCARDED),
    meanEditDistance: mean(edits),
    acceptanceRate: ratings.length === 0 ? null : sentAsIs / ratings.length,
    csatResponses: scores.length,
    csatMean: mean(scores),
  };
}

const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

/** Two-sided p-value of the pooled two-proportion z-test; null when an arm is empty or nothing varies. */
export function twoProportionPValue(successesA: number, totalA: number, successesB: number, totalB: number): number | null {
  if (totalA === 0 || totalB === 0) return null;
  const pooled = (successesA + successesB) / (totalA + totalB);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / totalA + 1 / totalB));
  if (standardError === 0) return null;
  const z = Math.abs(successesA / totalA - successesB / totalB) / standardError;
  return Math.min(1, 2 * (1 - normalCdf(z)));
}

/** Φ(z) by Abramowitz–Stegun 7.1.26 (error below 1.5e-7): enough for a p-value shown to two digits. */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
