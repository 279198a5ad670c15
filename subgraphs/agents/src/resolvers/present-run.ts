import type { AgentRunType } from '../schema/object-types.js';
import type { AgentRunRecord } from '../store/agent-run-records.js';
import { replyDraftOf } from './reply-draft-view.js';

/** A stored run as the API shows it: JSON columns parsed, review bookkeeping left out, a reply draft typed. */
export function presentRun(run: AgentRunRecord): AgentRunType {
  const {
    jobKey: _jobKey,
    review: _review,
    reviewedBy: _reviewedBy,
    input,
    output,
    experimentId,
    experimentKind,
    experimentArm,
    experimentLabel,
    experimentVersion,
    ...fields
  } = run;
  const parsedOutput = output === null ? null : (JSON.parse(output) as unknown);
  return {
    ...fields,
    input: JSON.parse(input) as unknown,
    output: parsedOutput,
    draft: run.status === 'SUCCEEDED' ? replyDraftOf(run.agent, parsedOutput, run.confidence) : null,
    experiment:
      experimentId && experimentKind && experimentArm && experimentLabel && experimentVersion != null
        ? { id: experimentId, kind: experimentKind, arm: experimentArm, label: experimentLabel, version: experimentVersion }
        : null,
  };
}
