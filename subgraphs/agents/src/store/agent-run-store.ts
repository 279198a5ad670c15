import type { AgentResultRecord, AgentRunRecord, ExperimentRunRecord, TriageOverrideRecord } from './agent-run-records.js';

/** Fields of a run that change after it was created. */
export type AgentRunChange = Partial<Omit<AgentRunRecord, 'id' | 'ticketId' | 'agent' | 'jobKey' | 'createdAt'>>;

/** How erasure rewrites a ticket's runs and triage corrections (rules in privacy/run-scrubbing.ts); idempotent. */
export interface TicketRecordsScrub {
  readonly run: (run: AgentRunRecord) => AgentRunChange;
  readonly override: (override: TriageOverrideRecord) => Pick<TriageOverrideRecord, 'text'>;
}

export class RunNotFoundError extends Error {}

/**
 * Persistence of agent runs, triage overrides and done side effects. Adapters: MikroORM on SQLite
 * (embedded default) and on MongoDB; both pass `test/agent-run-store-contract.ts`.
 */
export interface AgentRunStore {
  /** Saves a new run; when a run with its `jobKey` exists already, returns that run instead. */
  createRun(run: AgentRunRecord): Promise<AgentRunRecord>;
  /** Throws RunNotFoundError when there is no such run. */
  updateRun(id: string, change: AgentRunChange): Promise<AgentRunRecord>;
  findRun(id: string): Promise<AgentRunRecord | null>;
  findRunByJobKey(jobKey: string): Promise<AgentRunRecord | null>;
  /** A ticket's runs, newest first. */
  listRuns(ticketId: string, first: number): Promise<AgentRunRecord[]>;
  /** The newest succeeded run of each agent (of `agents` when given), for each of the tickets (what the Ticket fields show). */
  latestSucceededRuns(ticketIds: readonly string[], agents?: readonly string[]): Promise<AgentResultRecord[]>;
  /** The succeeded runs made in a playground A/B experiment, with their arm (what its results are tallied from). */
  experimentRuns(experimentId: string): Promise<ExperimentRunRecord[]>;
  addOverride(override: TriageOverrideRecord): Promise<void>;
  /** The newest override of each of the tickets. */
  latestOverrides(ticketIds: readonly string[]): Promise<TriageOverrideRecord[]>;
  /** Every override, oldest first: the retraining set. */
  allOverrides(): Promise<TriageOverrideRecord[]>;
  /** Every run and triage correction of these tickets, oldest first (a privacy export). */
  recordsOfTickets(ticketIds: readonly string[]): Promise<{ runs: AgentRunRecord[]; overrides: TriageOverrideRecord[] }>;
  /**
   * Applies `scrub` to every run and correction of these tickets, then (SQLite) rebuilds the file so
   * the old text is not left in free pages or the WAL. Returns how many records were rewritten.
   */
  scrubTickets(ticketIds: readonly string[], scrub: TicketRecordsScrub): Promise<number>;
  /** Records that the side effect `key` was done; false when it already was. */
  recordEffect(key: string): Promise<boolean>;
  hasEffect(key: string): Promise<boolean>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
