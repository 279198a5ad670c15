// Servers a suite needs: probed before tests register, so an absent one is reported as skipped, with the reason.
export * from './servers/server-probe.js';
export * from './servers/mongo-probe.js';
export * from './servers/redis-probe.js';
export * from './servers/neo4j-probe.js';
export * from './servers/weaviate-probe.js';

// Fake Anthropic and OpenAI APIs on a local port, speaking each vendor's streaming wire format.
export * from './llm-vendors/fake-vendor-server.js';
export * from './llm-vendors/fake-anthropic-server.js';
export * from './llm-vendors/fake-openai-server.js';
export * from './servers/wait-for.js';

// A local Jira Cloud (REST v3 + Agile), checked against Atlassian's OpenAPI definitions; it sends signed webhooks.
export * from './jira/fake-jira-server.js';
