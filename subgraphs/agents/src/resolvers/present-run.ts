import type { AgentRunType } from '../schema/object-types.js';
import type { AgentRunRecord } from '../store/agent-run-records.js';

/** A stored run as the API shows it: JSON columns parsed, review bookkeeping left out. */
export function presentRun(run: AgentRunRecord): AgentRunType {
  const { jobKey: _jobKey, review: _review, reviewedBy: _reviewedBy, input, output, ...fields } = run;
  return { ...fields, input: JSON.parse(input) as unknown, output: output === null ? null : (JSON.parse(output) as unknown) };
}
