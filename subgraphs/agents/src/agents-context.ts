import DataLoader from 'dataloader';
import type { Identity, SubgraphContext } from '@support-graph/runtime';
import type { TriageTaxonomy } from '@support-graph/support-agents';
import type { AgentRunService } from './services/agent-run-service.js';
import { INSIGHT_AGENTS, type LatestRuns } from './services/ticket-insights.js';
import type { AgentResultRecord, TriageOverrideRecord } from './store/agent-run-records.js';
import type { AgentRunStore } from './store/agent-run-store.js';

/** Per-request context of the agents subgraph: the verified identity, the use cases and batched loaders. */
export interface AgentsContext extends SubgraphContext {
  readonly service: AgentRunService;
  /** Newest succeeded run per agent, per ticket: one query for every Ticket in a response. */
  readonly latestRuns: DataLoader<string, LatestRuns>;
  readonly overrides: DataLoader<string, TriageOverrideRecord | null>;
  /** For the internal privacy fields (export, erasure of a ticket's runs). */
  readonly runStore: AgentRunStore;
  /** Display names of categories and teams, loaded once at start. */
  readonly taxonomy: TriageTaxonomy;
}

function groupByTicket(runs: readonly AgentResultRecord[]): Map<string, Map<string, AgentResultRecord>> {
  const byTicket = new Map<string, Map<string, AgentResultRecord>>();
  for (const run of runs) {
    const forTicket = byTicket.get(run.ticketId) ?? new Map<string, AgentResultRecord>();
    forTicket.set(run.agent, run);
    byTicket.set(run.ticketId, forTicket);
  }
  return byTicket;
}

export function createAgentsContext(service: AgentRunService, store: AgentRunStore, taxonomy: TriageTaxonomy, identity: Identity): AgentsContext {
  return {
    identity,
    taxonomy,
    service,
    runStore: store,
    latestRuns: new DataLoader(async (ticketIds) => {
      const byTicket = groupByTicket(await store.latestSucceededRuns(ticketIds, INSIGHT_AGENTS));
      return ticketIds.map((id) => byTicket.get(id) ?? new Map());
    }),
    overrides: new DataLoader(async (ticketIds) => {
      const byTicket = new Map((await store.latestOverrides(ticketIds)).map((override) => [override.ticketId, override]));
      return ticketIds.map((id) => byTicket.get(id) ?? null);
    }),
  };
}
