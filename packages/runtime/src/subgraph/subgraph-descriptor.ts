import type { GraphQLSchema } from 'graphql';
import type { PlatformConfig } from '../config.js';
import type { EventBus } from '../event-bus/event-bus.js';
import type { Logger } from '../logger.js';
import type { RunningSubgraph } from './serve-subgraph.js';
import type { SubscriptionSource } from './subscription-source.js';

/**
 * How a subgraph takes part in customer export and erasure (GDPR/CCPA), which the tickets subgraph
 * orchestrates because it owns Customer: two `@inaccessible` root fields the orchestrator calls
 * directly with a signed `service` identity, both taking `ticketIds: [ID!]!`.
 */
export interface PrivacyParticipation {
  /** Query field returning, as a JSON string, what this subgraph holds about the tickets. */
  readonly exportField: string;
  /** Mutation field deleting or scrubbing it, returning how many records changed (Int). Safe to call again. */
  readonly eraseField: string;
}

/** Another subgraph of the same platform, as a starting subgraph sees it. */
export interface PeerSubgraph {
  readonly name: string;
  /** Where it answers GraphQL; looked up per call, as it may start after the caller. */
  url(): string;
  readonly privacy?: PrivacyParticipation;
}

/** Thrown when a subgraph asks for a peer that is not part of the platform. */
export class UnknownSubgraphError extends Error {
  constructor(readonly subgraph: string) {
    super(`Unknown subgraph "${subgraph}": it is not in the platform's list of subgraphs`);
  }
}

/** The platform's other subgraphs, from the one list of descriptors. */
export interface SubgraphPeers {
  readonly all: readonly PeerSubgraph[];
  /** The peer's URL; throws UnknownSubgraphError when it is not part of the platform. */
  url(name: string): string;
  has(name: string): boolean;
}

/** What every subgraph's `start` is given, by `npm start` and by a subgraph run alone. */
export interface SubgraphStartOptions {
  readonly config: PlatformConfig;
  readonly logger: Logger;
  readonly bus: EventBus;
  readonly signingKey: Buffer;
  /** Where to listen: the configured `<NAME>_PORT`, or 0 for any free port (tests). */
  readonly port: number;
  readonly peers: SubgraphPeers;
}

/**
 * A subgraph started in this process. Its context type is its own business: the gateway's
 * in-process data source only hands it the identity header and gets the context back, so
 * `RunningSubgraph` is seen at its widest here (ApolloServer is invariant in its context).
 */
export interface StartedSubgraph {
  readonly subgraph: RunningSubgraph<any>;
  stop(): Promise<void>;
}

/** What the gateway hands a subgraph's subscription sources (they run in the gateway process). */
export interface SubscriptionSourceContext {
  readonly config: PlatformConfig;
  readonly bus: EventBus;
  readonly logger: Logger;
}

/**
 * Everything the platform needs to know about one subgraph. One list of these drives the gateway,
 * `npm start`, composition, the configuration's `<NAME>_PORT` / `<NAME>_URL`, the privacy fan-out
 * and the role-matrix coverage: a new subgraph is a folder plus one line in that list.
 */
export interface SubgraphDescriptor {
  /** Lower case (`[a-z][a-z0-9_]*`): the supergraph's subgraph name and, upper-cased, the prefix of its variables. */
  readonly name: string;
  /** Where it listens unless `<NAME>_PORT` says otherwise. */
  readonly defaultPort: number;
  /** Its federated schema, as composition and `npm run compose` print it. */
  buildSchema(): Promise<GraphQLSchema>;
  start(options: SubgraphStartOptions): Promise<StartedSubgraph>;
  /** The Subscription fields it owns, fed from its events; the gateway bridge serves them. */
  subscriptionSources?(context: SubscriptionSourceContext): Promise<readonly SubscriptionSource[]>;
  /** Present when it holds data about customers' tickets that export and erasure must reach. */
  readonly privacy?: PrivacyParticipation;
  /**
   * Public HTTP paths (e.g. `/webhooks/jira`) the gateway forwards to this subgraph's server
   * unchanged (method, body, content type and signature headers): vendors' webhook deliveries.
   */
  readonly webhookPaths?: readonly string[];
}
