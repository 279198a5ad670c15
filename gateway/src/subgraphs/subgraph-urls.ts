import type { PlatformConfig, SubgraphDescriptor, SubgraphEndpoint } from '@support-graph/runtime';

/** A subgraph's endpoint from the configuration; the configuration must have been loaded with the subgraph list that holds it. */
export function subgraphEndpoint(config: PlatformConfig, descriptor: SubgraphDescriptor): SubgraphEndpoint {
  const endpoint = config.SUBGRAPH_ENDPOINTS[descriptor.name];
  if (!endpoint) {
    throw new Error(`The configuration knows no subgraph "${descriptor.name}": load it with the same subgraph list (loadConfig(env, subgraphs))`);
  }
  return endpoint;
}

/** Where a subgraph that runs elsewhere answers: `<NAME>_URL`, else its port on this host. */
export function configuredSubgraphUrl(config: PlatformConfig, descriptor: SubgraphDescriptor): string {
  const endpoint = subgraphEndpoint(config, descriptor);
  return endpoint.url ?? `http://localhost:${endpoint.port}/graphql`;
}
