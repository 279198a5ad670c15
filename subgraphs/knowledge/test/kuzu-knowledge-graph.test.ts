import { KuzuKnowledgeGraph } from '../src/adapters/kuzu-knowledge-graph.js';
import { knowledgeGraphContract } from './knowledge-graph-contract.js';

knowledgeGraphContract('kuzu', () => KuzuKnowledgeGraph.open());
