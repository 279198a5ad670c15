export { startAgentsSubgraph, type AgentsSubgraph, type AgentsSubgraphOptions } from './start-agents-subgraph.js';
export { buildAgentsSchema } from './agents-schema.js';
export { createAgentRunStore, createSqliteAgentRunStore, createMongoAgentRunStore } from './store/create-agent-run-store.js';
export type { AgentRunStore } from './store/agent-run-store.js';
export type { AgentRunRecord, TriageOverrideRecord } from './store/agent-run-records.js';
export { AGENT_RUN_UPDATED } from './runs/agent-run-executor.js';
export { AGENT_RUN_REPLY_CHUNK, type ReplyChunkPayload } from './runs/reply-chunk-publisher.js';
