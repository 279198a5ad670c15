import type { AuditLog } from '@support-graph/runtime';
import { AgentRunStatus, type AgentResultRecord, type ExperimentRunRecord, type AgentRunRecord, type TriageOverrideRecord } from '../store/agent-run-records.js';
import type { AgentRunChange, AgentRunStore, TicketRecordsScrub } from '../store/agent-run-store.js';
import { agentRunAuditEntry } from './agent-run-audit-entry.js';

const FINISHED = new Set<string>([AgentRunStatus.SUCCEEDED, AgentRunStatus.FAILED]);

/**
 * The run store with every finished AI run written to the audit log. It sits at the store because
 * every path that finishes a run (pipeline, mutations, reply drafts) goes through `updateRun`.
 * The entry is appended before the call returns: a run that cannot be audited fails like a store error.
 */
export class AuditedAgentRunStore implements AgentRunStore {
  constructor(
    private readonly store: AgentRunStore,
    private readonly audit: AuditLog,
  ) {}

  async updateRun(id: string, change: AgentRunChange): Promise<AgentRunRecord> {
    const run = await this.store.updateRun(id, change);
    if (change.status !== undefined && FINISHED.has(change.status)) await this.audit.append([agentRunAuditEntry(run)]);
    return run;
  }

  createRun(run: AgentRunRecord): Promise<AgentRunRecord> {
    return this.store.createRun(run);
  }

  findRun(id: string): Promise<AgentRunRecord | null> {
    return this.store.findRun(id);
  }

  findRunByJobKey(jobKey: string): Promise<AgentRunRecord | null> {
    return this.store.findRunByJobKey(jobKey);
  }

  listRuns(ticketId: string, first: number): Promise<AgentRunRecord[]> {
    return this.store.listRuns(ticketId, first);
  }

  experimentRuns(experimentId: string): Promise<ExperimentRunRecord[]> {
    return this.store.experimentRuns(experimentId);
  }

  latestSucceededRuns(ticketIds: readonly string[], agents?: readonly string[]): Promise<AgentResultRecord[]> {
    return this.store.latestSucceededRuns(ticketIds, agents);
  }

  addOverride(override: TriageOverrideRecord): Promise<void> {
    return this.store.addOverride(override);
  }

  latestOverrides(ticketIds: readonly string[]): Promise<TriageOverrideRecord[]> {
    return this.store.latestOverrides(ticketIds);
  }

  allOverrides(): Promise<TriageOverrideRecord[]> {
    return this.store.allOverrides();
  }

  recordsOfTickets(ticketIds: readonly string[]): Promise<{ runs: AgentRunRecord[]; overrides: TriageOverrideRecord[] }> {
    return this.store.recordsOfTickets(ticketIds);
  }

  scrubTickets(ticketIds: readonly string[], scrub: TicketRecordsScrub): Promise<number> {
    return this.store.scrubTickets(ticketIds, scrub);
  }

  recordEffect(key: string): Promise<boolean> {
    return this.store.recordEffect(key);
  }

  hasEffect(key: string): Promise<boolean> {
    return this.store.hasEffect(key);
  }

  ping(): Promise<void> {
    return this.store.ping();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
