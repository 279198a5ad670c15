export { roadmapSubgraph } from './roadmap-subgraph-descriptor.js';
export { startRoadmapSubgraph, type RoadmapSubgraph, type RoadmapSubgraphOptions } from './start-roadmap-subgraph.js';
export { buildRoadmapSchema } from './roadmap-schema.js';
export { createRoadmapStore } from './store/create-roadmap-store.js';
export type { RoadmapStore } from './store/roadmap-store.js';
