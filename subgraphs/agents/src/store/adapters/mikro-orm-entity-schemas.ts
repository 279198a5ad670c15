import { EntitySchema } from '@mikro-orm/core';
import type { AgentEffectRecord, AgentRunRecord, TriageOverrideRecord } from '../agent-run-records.js';

/** The one entity model for SQLite and MongoDB; MongoDB keeps the primary key in `_id`. */
export function createAgentEntitySchemas(target: 'sql' | 'mongo') {
  const primaryKey = { type: 'string', primary: true, ...(target === 'mongo' ? { fieldName: '_id' } : {}) } as const;

  const AgentRun = new EntitySchema<AgentRunRecord>({
    name: 'AgentRun',
    tableName: 'agent_runs',
    indexes: [{ properties: ['ticketId', 'createdAt'] }, { properties: ['experimentId', 'status'] }],
    properties: {
      id: primaryKey,
      ticketId: { type: 'string' },
      agent: { type: 'string' },
      agentVersion: { type: 'string' },
      status: { type: 'string' },
      jobKey: { type: 'string', unique: true },
      input: { type: 'text' },
      output: { type: 'text', nullable: true },
      confidence: { type: 'float', nullable: true },
      stage: { type: 'string', nullable: true },
      costUsd: { type: 'float', nullable: true },
      inputTokens: { type: 'integer' },
      outputTokens: { type: 'integer' },
      latencyMs: { type: 'float', nullable: true },
      model: { type: 'string', nullable: true },
      error: { type: 'text', nullable: true },
      review: { type: 'string', nullable: true },
      reviewedBy: { type: 'string', nullable: true },
      createdAt: { type: 'Date' },
      finishedAt: { type: 'Date', nullable: true },
      experimentId: { type: 'string', nullable: true },
      experimentKind: { type: 'string', nullable: true },
      experimentArm: { type: 'string', nullable: true },
      experimentLabel: { type: 'string', nullable: true },
      experimentVersion: { type: 'integer', nullable: true },
    },
  });

  const TriageOverride = new EntitySchema<TriageOverrideRecord>({
    name: 'TriageOverride',
    tableName: 'triage_overrides',
    properties: {
      id: primaryKey,
      ticketId: { type: 'string', index: true },
      runId: { type: 'string', nullable: true },
      text: { type: 'text' },
      category: { type: 'string' },
      priority: { type: 'string', nullable: true },
      team: { type: 'string', nullable: true },
      actor: { type: 'string' },
      createdAt: { type: 'Date', index: true },
    },
  });

  const AgentEffect = new EntitySchema<AgentEffectRecord>({
    name: 'AgentEffect',
    tableName: 'agent_effects',
    properties: {
      key: { type: 'string', primary: true, ...(target === 'mongo' ? { fieldName: '_id' } : {}) },
      createdAt: { type: 'Date' },
    },
  });

  return { AgentRun, TriageOverride, AgentEffect };
}

export type AgentEntitySchemas = ReturnType<typeof createAgentEntitySchemas>;
