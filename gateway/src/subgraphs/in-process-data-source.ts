import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { IdentityHeaderSigner, inSpan, SERVICE_ATTRIBUTE, SpanKind, type RunningSubgraph, type SubgraphContext } from '@support-graph/runtime';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../gateway-context.js';

/**
 * Reaches a subgraph running in this process without an HTTP hop (DESIGN.md §6). The identity
 * still goes through the subgraph's own signed-header check, so both paths enforce the same rule.
 */
export class InProcessDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly signer: IdentityHeaderSigner;

  constructor(
    private readonly subgraph: RunningSubgraph<SubgraphContext>,
    signingKey: Buffer,
  ) {
    this.signer = new IdentityHeaderSigner(signingKey);
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const identity = (options.context as Partial<GatewayContext>).identity;
    const contextValue = this.subgraph.contextFromHeader(identity ? this.signer.sign(identity) : undefined);
    const { query, variables, operationName, extensions } = options.request;
    if (!query) throw new GraphQLError('In-process subgraph requests need a query document');
    // The same server span a subgraph reached over HTTP opens, so traces look alike in both modes.
    const response = await inSpan(`graphql ${this.subgraph.name}`, { kind: SpanKind.SERVER, attributes: { [SERVICE_ATTRIBUTE]: this.subgraph.name } }, () =>
      this.subgraph.apollo.executeOperation(
        { query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}), ...(extensions ? { extensions } : {}) },
        { contextValue },
      ),
    );
    if (response.body.kind !== 'single') throw new GraphQLError('Incremental delivery is not supported between gateway and subgraph');
    return response.body.singleResult as GatewayGraphQLResponse;
  }
}
