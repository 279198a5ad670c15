import type { ApolloServerPlugin } from '@apollo/server';
import type { PlatformConfig } from '@support-graph/runtime';
import type { GatewayContext } from '../gateway-context.js';
import { useAliasLimit } from './use-alias-limit.js';
import { useCostLimit } from './use-cost-limit.js';
import { useDepthLimit } from './use-depth-limit.js';
import { useIntrospectionPolicy } from './use-introspection-policy.js';
import { useOperationResolution } from './use-operation-resolution.js';
import { useRootFieldLimit } from './use-root-field-limit.js';

/**
 * Every operation limit of the gateway, from configuration. They run in `didResolveOperation`:
 * after parsing and validation (the document is cached by hash), before the query planner.
 */
export function operationLimitPlugins(config: PlatformConfig, production: boolean): ApolloServerPlugin<GatewayContext>[] {
  return [
    useOperationResolution(),
    useIntrospectionPolicy({ openToAll: !production }),
    useRootFieldLimit({ maxRootFields: config.GRAPHQL_MAX_ROOT_FIELDS }),
    useAliasLimit({ maxAliases: config.GRAPHQL_MAX_ALIASES }),
    useDepthLimit({ maxDepth: config.GRAPHQL_MAX_DEPTH }),
    useCostLimit({ maxCost: config.GRAPHQL_MAX_COST, defaultListSize: config.GRAPHQL_DEFAULT_LIST_SIZE }),
  ];
}
