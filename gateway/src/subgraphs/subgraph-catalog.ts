import type { GraphQLSchema } from 'graphql';
import type { EventBus, Logger, PlatformConfig, RunningSubgraph, SubgraphContext } from '@support-graph/runtime';
import { buildAgentsSchema, startAgentsSubgraph } from '@support-graph/agents-subgraph';
import { buildKnowledgeSchema, startKnowledgeSubgraph } from '@support-graph/knowledge';
import { buildTicketsSchema, startTicketsSubgraph } from '@support-graph/tickets';

/** A subgraph started inside this process, as the single-process launcher sees it. */
export interface StartedSubgraph {
  readonly subgraph: RunningSubgraph<SubgraphContext>;
  stop(): Promise<void>;
}

export interface SubgraphStartOptions {
  readonly config: PlatformConfig;
  readonly logger: Logger;
  readonly bus: EventBus;
  readonly signingKey: Buffer;
  /** 0 picks a free port (tests); undefined uses the configured port. */
  readonly port?: number;
  /**
   * The URL of another subgraph (started earlier in SUBGRAPHS order, or configured), for services
   * that call a peer's public GraphQL API with a signed `service` identity.
   */
  readonly subgraphUrl: (name: string) => string;
}

export interface SubgraphEntry {
  readonly name: string;
  /** Where a standalone gateway finds it, when configured (e.g. TICKETS_URL). */
  readonly configuredUrl: (config: PlatformConfig) => string | undefined;
  /** The URL written into the supergraph: the default local port. */
  readonly defaultUrl: string;
  readonly buildSchema: () => Promise<GraphQLSchema>;
  readonly start: (options: SubgraphStartOptions) => Promise<StartedSubgraph>;
}

/** The one list of subgraphs: it drives composition, the single-process launcher and the standalone gateway. */
export const SUBGRAPHS: readonly SubgraphEntry[] = [
  {
    name: 'tickets',
    configuredUrl: (config) => config.TICKETS_URL,
    defaultUrl: 'http://localhost:4001/graphql',
    buildSchema: buildTicketsSchema,
    start: async (options) => {
      const tickets = await startTicketsSubgraph(options);
      return { subgraph: tickets.subgraph as unknown as RunningSubgraph<SubgraphContext>, stop: () => tickets.stop() };
    },
  },
  {
    name: 'knowledge',
    configuredUrl: (config) => config.KNOWLEDGE_URL,
    defaultUrl: 'http://localhost:4002/graphql',
    buildSchema: buildKnowledgeSchema,
    start: async (options) => {
      const knowledge = await startKnowledgeSubgraph({ ...options, ticketsUrl: options.subgraphUrl('tickets') });
      return { subgraph: knowledge.subgraph as unknown as RunningSubgraph<SubgraphContext>, stop: () => knowledge.stop() };
    },
  },
  {
    name: 'agents',
    configuredUrl: (config) => config.AGENTS_URL,
    defaultUrl: 'http://localhost:4003/graphql',
    buildSchema: buildAgentsSchema,
    start: async (options) => {
      const agents = await startAgentsSubgraph(options);
      return { subgraph: agents.subgraph as unknown as RunningSubgraph<SubgraphContext>, stop: () => agents.stop() };
    },
  },
];
