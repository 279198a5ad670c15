import { experimentResults, twoProportionPValue } from '../../src/playground/experiments/experiment-results.js';
import type { ConfigExperiment } from '../../src/playground/experiments/config-experiment.js';
import { DraftOutcome, type DraftRatingRecord } from '../../src/store/feedback-records.js';

const experiment: ConfigExperiment = {
  id: 'exp-1',
  kind: 'reply-template',
  controlLabel: 'production',
  candidateLabel: 'staging',
  candidateShare: 50,
  controlVersionAtStart: 1,
  candidateVersionAtStart: 2,
  startedBy: 'admin-1',
  startedAt: '2026-12-03T10:00:00.000Z',
  stoppedBy: null,
  stoppedAt: null,
};

const rating = (runId: string, ticketId: string, arm: string, outcome: DraftOutcome, editDistance: number | null = null): DraftRatingRecord => ({
  runId,
  ticketId,
  outcome,
  editDistance,
  reason: outcome === DraftOutcome.DISCARDED ? 'TONE' : null,
  actor: 'agent-1',
  createdAt: new Date(),
  experimentId: experiment.id,
  experimentArm: arm,
});

describe('per-arm results of an experiment', () => {
  it('counts each arm’s verdicts, mean edit distance of the edited drafts, acceptance and the CSAT of its tickets', async () => {
    const ratings = [
      rating('r1', 't1', 'control', DraftOutcome.SENT_AS_IS, 0),
      rating('r2', 't2', 'control', DraftOutcome.EDITED, 10),
      rating('r3', 't2', 'control', DraftOutcome.EDITED, 20),
      rating('r4', 't3', 'candidate', DraftOutcome.DISCARDED),
    ];
    const results = await experimentResults(experiment, {
      draftRatingsOfExperiment: async (id) => (id === experiment.id ? ratings : []),
      findCsat: async (ids) => [{ ticketId: 't2', score: 4, comment: null, createdAt: new Date(), updatedAt: new Date() }].filter((csat) => ids.includes(csat.ticketId)),
    });
    expect(results.arms).toEqual([
      { arm: 'control', label: 'production', drafts: 3, sentAsIs: 1, edited: 2, discarded: 0, meanEditDistance: 15, acceptanceRate: 1 / 3, csatResponses: 1, csatMean: 4, agentRuns: null },
      { arm: 'candidate', label: 'staging', drafts: 1, sentAsIs: 0, edited: 0, discarded: 1, meanEditDistance: null, acceptanceRate: 0, csatResponses: 0, csatMean: null, agentRuns: null },
    ]);
    // 1/3 vs 0/1: pooled 1/4, z = 0.667, p = 0.505.
    expect(results.acceptancePValue).toBeCloseTo(0.505, 3);
  });

  it('adds what the agents did in each arm when they answer, and nothing when they do not', async () => {
    const tally = (arm: string, escalated: number) => ({ arm, runs: 4, triageRuns: 2, triageToPerson: 0, triageReviewed: 2, triageAccepted: 1, escalationRuns: 2, escalated, missingInformationRuns: 0, askedForInformation: 0 });
    const signals = { draftRatingsOfExperiment: async () => [], findCsat: async () => [] };
    const answered = await experimentResults(experiment, signals, { tally: async (id) => (id === experiment.id ? [tally('candidate', 2), tally('control', 0)] : null) });
    expect(answered.arms.map((arm) => [arm.arm, arm.agentRuns?.escalated])).toEqual([
      ['control', 0],
      ['candidate', 2],
    ]);
    const silent = await experimentResults(experiment, signals, { tally: async () => null });
    expect(silent.arms.map((arm) => arm.agentRuns)).toEqual([null, null]);
  });

  it('shows empty arms as zero drafts and no rates', async () => {
    const results = await experimentResults(experiment, { draftRatingsOfExperiment: async () => [], findCsat: async () => [] });
    expect(results.arms.map((arm) => [arm.drafts, arm.acceptanceRate, arm.meanEditDistance, arm.csatMean])).toEqual([
      [0, null, null, null],
      [0, null, null, null],
    ]);
    expect(results.acceptancePValue).toBeNull();
  });
});

describe('the two-proportion z-test', () => {
  it('matches textbook values', () => {
    // 3/4 vs 0/3: z = 1.984, two-sided p = 0.047.
    expect(twoProportionPValue(3, 4, 0, 3)).toBeCloseTo(0.0472, 3);
    // 60/100 vs 45/100: z = 2.12, p = 0.034.
    expect(twoProportionPValue(60, 100, 45, 100)).toBeCloseTo(0.0339, 3);
    expect(twoProportionPValue(50, 100, 50, 100)).toBeCloseTo(1, 6);
  });

  it('has no answer for an empty arm or when nothing varies', () => {
    expect(twoProportionPValue(0, 0, 3, 10)).toBeNull();
    expect(twoProportionPValue(5, 5, 7, 7)).toBeNull();
  });
});
