import { FieldEnvelopes, isEnvelope, type Keyring } from '@support-graph/runtime';
import type { AgentResultRecord, AgentRunRecord, ExperimentRunRecord, TriageOverrideRecord } from './agent-run-records.js';
import type { AgentRunChange, AgentRunStore, TicketRecordsScrub } from './agent-run-store.js';

/** Field names bound into each envelope with the record id: an envelope only opens where it was written. */
const RUN_INPUT = 'agent_runs.input';
const RUN_OUTPUT = 'agent_runs.output';
const RUN_ERROR = 'agent_runs.error';
const OVERRIDE_TEXT = 'triage_overrides.text';

/**
 * Encryption at rest for the agents store: a run's input summary, its output (drafts quote the
 * customer), its error and a triage correction's text are AES-GCM envelopes in SQLite or MongoDB,
 * so neither the database file nor its WAL holds customer words. The wrapped adapter sees only
 * envelopes; everything it returns is opened here. Rows written before encryption (plaintext) still
 * read, and are sealed the next time they are written.
 */
export class EncryptedAgentRunStore implements AgentRunStore {
  private readonly envelopes: FieldEnvelopes;

  constructor(
    private readonly inner: AgentRunStore,
    keyring: Keyring,
  ) {
    this.envelopes = new FieldEnvelopes(keyring);
  }

  async createRun(run: AgentRunRecord): Promise<AgentRunRecord> {
    return this.openRun(await this.inner.createRun({ ...run, ...this.sealChange(run.id, run) }));
  }

  async updateRun(id: string, change: AgentRunChange): Promise<AgentRunRecord> {
    return this.openRun(await this.inner.updateRun(id, { ...change, ...this.sealChange(id, change) }));
  }

  async findRun(id: string): Promise<AgentRunRecord | null> {
    const run = await this.inner.findRun(id);
    return run && this.openRun(run);
  }

  async findRunByJobKey(jobKey: string): Promise<AgentRunRecord | null> {
    const run = await this.inner.findRunByJobKey(jobKey);
    return run && this.openRun(run);
  }

  async listRuns(ticketId: string, first: number): Promise<AgentRunRecord[]> {
    return (await this.inner.listRuns(ticketId, first)).map((run) => this.openRun(run));
  }

  async experimentRuns(experimentId: string): Promise<ExperimentRunRecord[]> {
    return (await this.inner.experimentRuns(experimentId)).map((run) => ({ ...run, output: run.output === null ? null : this.open(run.output, RUN_OUTPUT, run.id) }));
  }

  async latestSucceededRuns(ticketIds: readonly string[], agents?: readonly string[]): Promise<AgentResultRecord[]> {
    // A result holds no input or error: only its output is opened, once per row.
    return (await this.inner.latestSucceededRuns(ticketIds, agents)).map((run) => ({
      ...run,
      output: run.output === null ? null : this.open(run.output, RUN_OUTPUT, run.id),
    }));
  }

  addOverride(override: TriageOverrideRecord): Promise<void> {
    return this.inner.addOverride({ ...override, text: this.seal(override.text, OVERRIDE_TEXT, override.id) });
  }

  async latestOverrides(ticketIds: readonly string[]): Promise<TriageOverrideRecord[]> {
    return (await this.inner.latestOverrides(ticketIds)).map((override) => this.openOverride(override));
  }

  async allOverrides(): Promise<TriageOverrideRecord[]> {
    return (await this.inner.allOverrides()).map((override) => this.openOverride(override));
  }

  async recordsOfTickets(ticketIds: readonly string[]): Promise<{ runs: AgentRunRecord[]; overrides: TriageOverrideRecord[] }> {
    const { runs, overrides } = await this.inner.recordsOfTickets(ticketIds);
    return { runs: runs.map((run) => this.openRun(run)), overrides: overrides.map((override) => this.openOverride(override)) };
  }

  /** The scrub rules see plaintext and their result is sealed again, so erasure leaves envelopes only. */
  scrubTickets(ticketIds: readonly string[], scrub: TicketRecordsScrub): Promise<number> {
    return this.inner.scrubTickets(ticketIds, {
      run: (stored) => this.sealChange(stored.id, scrub.run(this.openRun(stored))),
      override: (stored) => ({ text: this.seal(scrub.override(this.openOverride(stored)).text, OVERRIDE_TEXT, stored.id) }),
    });
  }

  recordEffect(key: string): Promise<boolean> {
    return this.inner.recordEffect(key);
  }

  hasEffect(key: string): Promise<boolean> {
    return this.inner.hasEffect(key);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** The change with its text fields sealed; fields the change does not set stay unset. */
  private sealChange<T extends AgentRunChange>(runId: string, change: T): T {
    const sealed: AgentRunChange = { ...change };
    if (typeof change.input === 'string') sealed.input = this.seal(change.input, RUN_INPUT, runId);
    if (typeof change.output === 'string') sealed.output = this.seal(change.output, RUN_OUTPUT, runId);
    if (typeof change.error === 'string') sealed.error = this.seal(change.error, RUN_ERROR, runId);
    return sealed as T;
  }

  private openRun(stored: AgentRunRecord): AgentRunRecord {
    return {
      ...stored,
      input: this.open(stored.input, RUN_INPUT, stored.id),
      output: stored.output === null ? null : this.open(stored.output, RUN_OUTPUT, stored.id),
      error: stored.error === null ? null : this.open(stored.error, RUN_ERROR, stored.id),
    };
  }

  private openOverride(stored: TriageOverrideRecord): TriageOverrideRecord {
    return { ...stored, text: this.open(stored.text, OVERRIDE_TEXT, stored.id) };
  }

  private seal(value: string, field: string, recordId: string): string {
    return this.envelopes.encrypt(value, { field, recordId });
  }

  /** Plaintext from before encryption reads as it is. */
  private open(value: string, field: string, recordId: string): string {
    return isEnvelope(value) ? this.envelopes.decrypt(value, { field, recordId }) : value;
  }
}
