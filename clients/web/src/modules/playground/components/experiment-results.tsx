import type { ConfigExperiment, ExperimentArm } from '../playground-types';

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)} %`);
const number = (value: number | null, digits = 1) => (value === null ? '–' : value.toFixed(digits));

/**
 * One row per arm: how agents treated its drafts, and the CSAT of its tickets, with the sample sizes;
 * then what the agents did in each arm (triage, escalation, questions), the measures of the other kinds.
 */
export function ExperimentResults({ experiment }: { experiment: ConfigExperiment }) {
  const { arms, acceptancePValue } = experiment.results;
  return (
    <>
      <table className="playground-experiment-results" aria-label="Results per arm">
        <thead>
          <tr>
            <th scope="col">Arm</th>
            <th scope="col">Rated drafts</th>
            <th scope="col">Sent as is</th>
            <th scope="col">Edited</th>
            <th scope="col">Discarded</th>
            <th scope="col">Acceptance</th>
            <th scope="col">Mean edit (chars)</th>
            <th scope="col">CSAT (answers)</th>
          </tr>
        </thead>
        <tbody>
          {arms.map((arm: ExperimentArm) => (
            <tr key={arm.arm} data-arm={arm.arm}>
              <th scope="row">
                {arm.arm === 'candidate' ? 'Candidate' : 'Control'}: {arm.label}
              </th>
              <td>{arm.drafts}</td>
              <td>{arm.sentAsIs}</td>
              <td>{arm.edited}</td>
              <td>{arm.discarded}</td>
              <td>{percent(arm.acceptanceRate)}</td>
              <td>{number(arm.meanEditDistance)}</td>
              <td>
                {number(arm.csatMean)} ({arm.csatResponses})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="playground-experiment-results" aria-label="What the agents did per arm">
        <thead>
          <tr>
            <th scope="col">Arm</th>
            <th scope="col">Runs</th>
            <th scope="col">Triage to a person</th>
            <th scope="col">Triage accepted (reviewed)</th>
            <th scope="col">Escalated (runs)</th>
            <th scope="col">Asked for information (runs)</th>
          </tr>
        </thead>
        <tbody>
          {arms.map((arm: ExperimentArm) => (
            <tr key={arm.arm} data-arm={arm.arm}>
              <th scope="row">{arm.arm === 'candidate' ? 'Candidate' : 'Control'}</th>
              {arm.agentRuns ? (
                <>
                  <td>{arm.agentRuns.runs}</td>
                  <td>
                    {arm.agentRuns.triageToPerson} of {arm.agentRuns.triageRuns}
                  </td>
                  <td>
                    {percent(arm.agentRuns.triageAccuracy)} ({arm.agentRuns.triageReviewed})
                  </td>
                  <td>
                    {percent(arm.agentRuns.escalationRate)} ({arm.agentRuns.escalationRuns})
                  </td>
                  <td>
                    {percent(arm.agentRuns.askRate)} ({arm.agentRuns.missingInformationRuns})
                  </td>
                </>
              ) : (
                <td colSpan={5}>The agents did not answer: try again shortly.</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        {acceptancePValue === null
          ? 'No comparison yet: each arm needs rated drafts.'
          : `Chance of a difference in acceptance at least this large if both arms were equally good: p = ${acceptancePValue.toFixed(2)}. With few rated drafts per arm, expect large swings.`}
      </p>
    </>
  );
}
