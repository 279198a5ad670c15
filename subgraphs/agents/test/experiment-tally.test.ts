import type { ExperimentRunRecord } from '../src/store/agent-run-records.js';
import { tallyExperiment } from '../src/playground/experiment-tally.js';

let next = 0;
function run(agent: string, arm: string, output: unknown, review: ExperimentRunRecord['review'] = null): ExperimentRunRecord {
  next += 1;
  return { id: `run-${next}`, ticketId: `t-${next}`, agent, output: JSON.stringify(output), confidence: null, review, createdAt: new Date(), experimentArm: arm };
}

describe('per-arm tally of an experiment’s runs', () => {
  it('counts triage left to a person, reviewed and accepted triage, escalations and questions, per arm', () => {
    const tallies = tallyExperiment([
      run('triage', 'control', { category: null }),
      run('triage', 'control', { category: 'card_arrival' }, 'ACCEPTED'),
      run('triage', 'control', { category: 'card_arrival' }, 'OVERRIDDEN'),
      run('escalation', 'control', { escalate: false }),
      run('missing-information', 'control', { missing: [{ key: 'order_number' }] }),
      run('missing-information', 'control', { missing: [] }),
      run('escalation', 'candidate', { escalate: true }),
      run('escalation', 'candidate', { escalate: true }),
      run('reply-drafting', 'candidate', { text: 'Hello' }),
      { ...run('escalation', 'candidate', null), output: null },
    ]);
    expect(tallies).toEqual([
      { arm: 'control', runs: 6, triageRuns: 3, triageToPerson: 1, triageReviewed: 2, triageAccepted: 1, escalationRuns: 1, escalated: 0, missingInformationRuns: 2, askedForInformation: 1 },
      { arm: 'candidate', runs: 4, triageRuns: 0, triageToPerson: 0, triageReviewed: 0, triageAccepted: 0, escalationRuns: 3, escalated: 2, missingInformationRuns: 0, askedForInformation: 0 },
    ]);
  });

  it('gives both arms, empty, for an experiment without runs', () => {
    expect(tallyExperiment([]).map((tally) => [tally.arm, tally.runs])).toEqual([
      ['control', 0],
      ['candidate', 0],
    ]);
  });
});
