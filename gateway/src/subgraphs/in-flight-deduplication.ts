import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Kind, type DocumentNode } from 'graphql';
import type { GatewayContext } from '../gateway-context.js';

/** Whether a subgraph fetch only reads: the client's operation and the fetch's own document are both queries. */
function isReadOnlyFetch(options: GraphQLDataSourceProcessOptions<GatewayContext>): boolean {
  // Health checks and schema loads have no incoming operation, and are never shared.
  if (!('incomingRequestContext' in options)) return false;
  if (options.incomingRequestContext.operation?.operation !== 'query') return false;
  const document: DocumentNode | undefined = options.document;
  if (document) return document.definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query');
  return /^\s*(query\b|\{)/.test(options.request.query ?? '');
}

/**
 * The key of a fetch that may be shared: who asks (the whole identity, so two principals never share
 * an answer, even with the same role), what document and which variables. The subgraph is fixed per
 * data source. Null when the fetch must run on its own.
 */
function fetchKey(options: GraphQLDataSourceProcessOptions<GatewayContext>): string | null {
  if (!isReadOnlyFetch(options)) return null;
  const identity = (options.context as Partial<GatewayContext>).identity;
  if (!identity) return null;
  const { query, variables, operationName } = options.request;
  if (!query) return null;
  return JSON.stringify([identity.subject, identity.role, identity.email ?? null, identity.name ?? null, operationName ?? null, query, variables ?? null]);
}

/**
 * Identical subgraph reads in flight at the same time run once (issue 18): under load many clients
 * ask for the same page, and each would otherwise cost the subgraph a full execution. Only queries
 * are shared (a mutation always runs), only between requests of the same identity, and only while
 * the first is in flight: nothing is cached once it answered. The query planner merges entity
 * results into the response it builds, so every caller after the first gets its own copy, taken
 * before the first caller's planner sees (and may change) the original.
 */
export class InFlightDeduplication implements GraphQLDataSource<GatewayContext> {
  private readonly inFlight = new Map<string, Promise<GatewayGraphQLResponse>>();

  constructor(private readonly source: GraphQLDataSource<GatewayContext>) {}

  process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const key = fetchKey(options);
    if (key === null) return this.source.process(options);
    const shared = this.inFlight.get(key);
    // Callbacks on the shared promise run before the first caller's (chained one step later below).
    if (shared) return shared.then((response) => structuredClone(response));
    const fetched = this.source.process(options);
    this.inFlight.set(key, fetched);
    const forget = (): void => {
      this.inFlight.delete(key);
    };
    fetched.then(forget, forget);
    return fetched.then((response) => response);
  }
}
