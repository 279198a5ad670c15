import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, IdentityHeaderSigner, injectTraceHeaders } from '@support-graph/runtime';
import type { GatewayContext } from '../gateway-context.js';

/** A subgraph over HTTP (keep-alive via Node's fetch), with the caller's identity signed into a header. */
export class SignedRemoteDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly signer: IdentityHeaderSigner;

  constructor(url: string, signingKey: Buffer) {
    super({ url });
    this.signer = new IdentityHeaderSigner(signingKey);
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const identity = (options.context as Partial<GatewayContext>).identity;
    if (identity) options.request.http?.headers.set(IDENTITY_HEADER, this.signer.sign(identity));
    // The subgraph's server span continues the gateway's trace.
    if (options.request.http) injectTraceHeaders(options.request.http.headers);
  }
}
