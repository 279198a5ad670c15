import type { SubgraphDescriptor } from '@support-graph/runtime';
import { agentsSubgraph } from '@support-graph/agents-subgraph';
import { feedbackSubgraph } from '@support-graph/feedback';
import { knowledgeSubgraph } from '@support-graph/knowledge';
import { roadmapSubgraph } from '@support-graph/roadmap';
import { ticketsSubgraph } from '@support-graph/tickets';

/**
 * The one list of subgraphs. It drives composition (`npm run compose`), `npm start` and a subgraph
 * run alone, the standalone gateway's URLs, the configuration's `<NAME>_PORT` / `<NAME>_URL`, the
 * subscription bridge's sources, the privacy fan-out and the role-matrix coverage. Order is start
 * order in one process. A new subgraph is its folder (exporting a descriptor) plus one line here.
 */
export const SUBGRAPHS: readonly SubgraphDescriptor[] = [ticketsSubgraph, knowledgeSubgraph, agentsSubgraph, feedbackSubgraph, roadmapSubgraph];
