import { UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/core';
import { findPlainRows } from '@support-graph/runtime';
import { AGENT_RESULT_FIELDS, AgentRunStatus, EXPERIMENT_RUN_FIELDS, type AgentResultRecord, type ExperimentRunRecord, type AgentRunRecord, type TriageOverrideRecord } from '../agent-run-records.js';
import { RunNotFoundError, type AgentRunChange, type AgentRunStore, type TicketRecordsScrub } from '../agent-run-store.js';
import type { AgentEntitySchemas } from './mikro-orm-entity-schemas.js';

/** Keeps the first record per group key, in the order given (newest first in, newest per group out). */
function firstPer<T>(records: readonly T[], groupKey: (record: T) => string): T[] {
  const seen = new Set<string>();
  return records.filter((record) => {
    const key = groupKey(record);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The AgentRunStore on MikroORM; the same code serves SQLite and MongoDB (see create-agent-run-store.ts). */
export class MikroOrmAgentRunStore implements AgentRunStore {
  constructor(
    private readonly orm: MikroORM,
    private readonly entities: AgentEntitySchemas,
    private readonly pingDatabase: () => Promise<void>,
    /** Drops rewritten text from the database files (SQLite: checkpoint + vacuum); nothing to do on MongoDB. */
    private readonly compact: () => Promise<void> = async () => {},
  ) {}

  async createRun(run: AgentRunRecord): Promise<AgentRunRecord> {
    try {
      const em = this.orm.em.fork();
      const created = em.create(this.entities.AgentRun, run);
      await em.flush();
      return created;
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const existing = await this.findRunByJobKey(run.jobKey);
      if (!existing) throw error;
      return existing;
    }
  }

  async updateRun(id: string, change: AgentRunChange): Promise<AgentRunRecord> {
    const em = this.orm.em.fork();
    const run = await em.findOne(this.entities.AgentRun, { id });
    if (!run) throw new RunNotFoundError('Agent run not found');
    em.assign(run, change);
    await em.flush();
    return run;
  }

  async findRun(id: string): Promise<AgentRunRecord | null> {
    return this.orm.em.fork().findOne(this.entities.AgentRun, { id });
  }

  async findRunByJobKey(jobKey: string): Promise<AgentRunRecord | null> {
    return this.orm.em.fork().findOne(this.entities.AgentRun, { jobKey });
  }

  async listRuns(ticketId: string, first: number): Promise<AgentRunRecord[]> {
    return this.orm.em.fork().find(this.entities.AgentRun, { ticketId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first });
  }

  async latestSucceededRuns(ticketIds: readonly string[], agents?: readonly string[]): Promise<AgentResultRecord[]> {
    if (ticketIds.length === 0) return [];
    // The read path of every Ticket's AI fields: plain rows, no hydration or unit of work.
    const runs = await findPlainRows(
      this.orm,
      this.entities.AgentRun,
      { ticketId: { $in: [...ticketIds] }, status: AgentRunStatus.SUCCEEDED, ...(agents ? { agent: { $in: [...agents] } } : {}) },
      { orderBy: { createdAt: 'desc', id: 'desc' }, fields: [...AGENT_RESULT_FIELDS] },
    );
    return firstPer(runs, (run) => `${run.ticketId}\u0000${run.agent}`);
  }

  async experimentRuns(experimentId: string): Promise<ExperimentRunRecord[]> {
    return findPlainRows(this.orm, this.entities.AgentRun, { experimentId, status: AgentRunStatus.SUCCEEDED }, { orderBy: { createdAt: 'asc', id: 'asc' }, fields: [...EXPERIMENT_RUN_FIELDS] });
  }

  async addOverride(override: TriageOverrideRecord): Promise<void> {
    const em = this.orm.em.fork();
    em.create(this.entities.TriageOverride, override);
    await em.flush();
  }

  async latestOverrides(ticketIds: readonly string[]): Promise<TriageOverrideRecord[]> {
    if (ticketIds.length === 0) return [];
    const overrides = await findPlainRows(this.orm, this.entities.TriageOverride, { ticketId: { $in: [...ticketIds] } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    return firstPer(overrides, (override) => override.ticketId);
  }

  async allOverrides(): Promise<TriageOverrideRecord[]> {
    return this.orm.em.fork().find(this.entities.TriageOverride, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async recordsOfTickets(ticketIds: readonly string[]): Promise<{ runs: AgentRunRecord[]; overrides: TriageOverrideRecord[] }> {
    if (ticketIds.length === 0) return { runs: [], overrides: [] };
    const em = this.orm.em.fork();
    const where = { ticketId: { $in: [...ticketIds] } };
    const [runs, overrides] = await Promise.all([
      em.find(this.entities.AgentRun, where, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      em.find(this.entities.TriageOverride, where, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    ]);
    return { runs, overrides };
  }

  async scrubTickets(ticketIds: readonly string[], scrub: TicketRecordsScrub): Promise<number> {
    if (ticketIds.length === 0) return 0;
    const em = this.orm.em.fork();
    const where = { ticketId: { $in: [...ticketIds] } };
    const [runs, overrides] = await Promise.all([em.find(this.entities.AgentRun, where), em.find(this.entities.TriageOverride, where)]);
    for (const run of runs) em.assign(run, scrub.run(run));
    for (const override of overrides) em.assign(override, scrub.override(override));
    await em.flush();
    await this.compact();
    return runs.length + overrides.length;
  }

  async recordEffect(key: string): Promise<boolean> {
    try {
      const em = this.orm.em.fork();
      em.create(this.entities.AgentEffect, { key, createdAt: new Date() });
      await em.flush();
      return true;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return false;
      throw error;
    }
  }

  async hasEffect(key: string): Promise<boolean> {
    return (await this.orm.em.fork().count(this.entities.AgentEffect, { key })) > 0;
  }

  async ping(): Promise<void> {
    await this.pingDatabase();
  }

  async close(): Promise<void> {
    await this.orm.close();
  }
}
