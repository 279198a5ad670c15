export { agentsSubgraph } from './agents-subgraph-descriptor.js';
export { startAgentsSubgraph, type AgentsSubgraph, type AgentsSubgraphOptions } from './start-agents-subgraph.js';
export { buildAgentsSchema } from './agents-schema.js';
export { createAgentRunStore, createSqliteAgentRunStore, createMongoAgentRunStore } from './store/create-agent-run-store.js';
export type { AgentRunStore } from './store/agent-run-store.js';
export type { AgentRunRecord, TriageOverrideRecord } from './store/agent-run-records.js';
