import { probeNeo4j, serverOf } from '@support-graph/test-kit';
import { Neo4jKnowledgeGraph } from '../src/adapters/neo4j-knowledge-graph.js';
import { knowledgeGraphContract } from './knowledge-graph-contract.js';

// Reported as skipped, with the reason, when NEO4J_URL is unset or does not answer.
const neo4jServer = await probeNeo4j();

knowledgeGraphContract('neo4j', () => Neo4jKnowledgeGraph.open(serverOf(neo4jServer)), neo4jServer.skipReason);
