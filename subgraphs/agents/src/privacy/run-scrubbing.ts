import type { TicketRecordsScrub } from '../store/agent-run-store.js';
import type { AgentRunRecord } from '../store/agent-run-records.js';

export const ERASED_TEXT = '[erased]';

/** Labels agents decide (`billing`, `HIGH`, `card_payment`, `en`): statistics keep them. Anything else may be the customer's words. */
const LABEL = /^(?:[a-z0-9_.:-]{1,40}|[A-Z0-9_]{1,40})$/;

function scrubValue(value: unknown): unknown {
  if (typeof value === 'string') return LABEL.test(value) ? value : ERASED_TEXT;
  if (Array.isArray(value)) return value.map(scrubValue);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrubValue(inner)]));
  return value;
}

/** The input summary without the text hash: with the text gone, the hash would only help confirm a guess of it. */
function scrubInput(input: string): string {
  const { textSha256: _hash, ...rest } = JSON.parse(input) as Record<string, unknown>;
  return JSON.stringify(rest);
}

/**
 * Erasure of a ticket's AI records: free text in outputs, errors and triage corrections goes;
 * agent, version, status, labels, confidence, cost, tokens, timings and model stay for statistics.
 */
export const ticketRecordsScrub: TicketRecordsScrub = {
  run: (run: AgentRunRecord) => ({
    input: scrubInput(run.input),
    output: run.output === null ? null : JSON.stringify(scrubValue(JSON.parse(run.output))),
    error: run.error === null ? null : ERASED_TEXT,
  }),
  override: () => ({ text: ERASED_TEXT }),
};
