// What the escalation agent concludes: a leaf module (it imports no agent), so the agents and the pipeline that read it depend on no agent.

export interface EscalationResult {
  readonly escalate: boolean;
  /** 0–1: combined strength of the signals. */
  readonly score: number;
  readonly reasons: string[];
  /** Structured text for the person taking over (see handoff-summary.ts). */
  readonly handoffSummary: string;
}
