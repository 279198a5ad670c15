import type { EarlierAgentResults } from './earlier-results.js';
import type { AgentOutput } from './support-agent.js';

/** Agents whose results others may read, and where each result sits in `EarlierAgentResults`. */
export const READABLE_RESULTS = {
  language: 'language',
  triage: 'triage',
  sentiment: 'sentiment',
  'missing-information': 'missingInformation',
} as const satisfies Record<string, keyof EarlierAgentResults>;

/** The name of an agent another agent may declare it reads. */
export type ReadableAgent = keyof typeof READABLE_RESULTS;

/** What a registered agent declares about where it runs and what it builds on. */
export interface AgentDeclaration {
  /** Agents whose results this one reads from `context.earlier`: they run before it in the ticket pipeline. */
  readonly reads: readonly ReadableAgent[];
  /** Runs on every new ticket and customer message (the pipeline), or only when asked. Default: true. */
  readonly runsOnEveryTicket?: boolean;
}

/** The `earlier` results an agent declared it reads, from the results of agents that already ran. */
export function earlierResultsFor(reads: readonly ReadableAgent[], results: ReadonlyMap<string, AgentOutput<unknown>>): EarlierAgentResults {
  const earlier: Record<string, AgentOutput<unknown>> = {};
  for (const name of reads) {
    const output = results.get(name);
    if (output) earlier[READABLE_RESULTS[name]] = output;
  }
  // Each entry is the output of the agent `READABLE_RESULTS` names for that key, so its result has that key's type.
  return earlier as EarlierAgentResults;
}
