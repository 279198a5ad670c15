/** Where a run is in its life: queued by a mutation or the pipeline, running, then finished one way or the other. */
export const AgentRunStatus = { QUEUED: 'QUEUED', RUNNING: 'RUNNING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED' } as const;
export type AgentRunStatus = (typeof AgentRunStatus)[keyof typeof AgentRunStatus];

/** What a person said about a triage decision. */
export const TriageReview = { ACCEPTED: 'ACCEPTED', OVERRIDDEN: 'OVERRIDDEN' } as const;
export type TriageReview = (typeof TriageReview)[keyof typeof TriageReview];

/** One execution of one agent on one ticket: what went in (summarised), what came out, what it cost. */
export interface AgentRunRecord {
  id: string;
  ticketId: string;
  agent: string;
  agentVersion: string;
  status: AgentRunStatus;
  /**
   * Idempotency key, unique: `<event id>:<agent>` for pipeline runs, so a redelivered event or a
   * resumed job finds the run it already made instead of making another; `request:<run id>` for
   * runs a person asked for.
   */
  jobKey: string;
  /** JSON summary of the input (ticket number, message count, text hash): never the customer's words. */
  input: string;
  /** JSON of the agent's result, or null until it succeeded. */
  output: string | null;
  confidence: number | null;
  stage: string | null;
  costUsd: number | null;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number | null;
  model: string | null;
  error: string | null;
  /** Set on triage runs a person accepted or overrode. */
  review: TriageReview | null;
  reviewedBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  /**
   * Set when the run was made in a playground A/B experiment on a kind that changes this agent:
   * the experiment, its kind, the arm (`control` | `candidate`), the arm's label and the version it
   * used. Ids, names and numbers only, so stored as they are (not sealed).
   */
  experimentId?: string | null;
  experimentKind?: string | null;
  experimentArm?: string | null;
  experimentLabel?: string | null;
  experimentVersion?: number | null;
}

/** A person's correction of triage: training data for the similarity cache (at once) and the next retraining. */
export interface TriageOverrideRecord {
  id: string;
  ticketId: string;
  /** The triage run that was corrected. */
  runId: string | null;
  /** Ticket text with PII redacted: what the model learns from. */
  text: string;
  category: string;
  priority: string | null;
  team: string | null;
  actor: string;
  createdAt: Date;
}

/** A side effect on another service (an ask message, a status move) done once per key. */
export interface AgentEffectRecord {
  key: string;
  createdAt: Date;
}

/** What a Ticket's AI fields show of a run: its result, not its input (the ticket text) or its costs. */
export type AgentResultRecord = Pick<AgentRunRecord, 'id' | 'ticketId' | 'agent' | 'output' | 'confidence' | 'review' | 'createdAt'>;

export const AGENT_RESULT_FIELDS = ['id', 'ticketId', 'agent', 'output', 'confidence', 'review', 'createdAt'] as const satisfies readonly (keyof AgentResultRecord)[];

/** What an experiment's tally reads of a run: its arm and result (a person's review of triage included). */
export type ExperimentRunRecord = AgentResultRecord & Pick<AgentRunRecord, 'experimentArm'>;

export const EXPERIMENT_RUN_FIELDS = [...AGENT_RESULT_FIELDS, 'experimentArm'] as const satisfies readonly (keyof ExperimentRunRecord)[];
