/** A reply draft as the agents subgraph stored it. */
export interface DraftRun {
  readonly runId: string;
  readonly ticketId: string;
  readonly agent: string;
  /** Null when the run has no draft (another agent, or it failed). */
  readonly text: string | null;
  /** The A/B experiment and arm the run was made in; null outside one. */
  readonly experiment: { readonly id: string; readonly arm: string } | null;
}

/** The agents subgraph as the feedback subgraph uses it (port; adapter in adapters/). */
export interface AgentsApi {
  /** Null when there is no such run. */
  draftRun(runId: string): Promise<DraftRun | null>;
}
