import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readSupergraphSdl } from '@support-graph/gateway';
import { IDENTITY_HEADER, IdentityHeaderSigner } from '@support-graph/runtime';
import { referenceGatewaySetup } from './reference-gateway-identity.js';
import { supergraphWithUrls } from './supergraph-urls.js';

/**
 * `bench:gateway`'s Hive Gateway (@graphql-hive/gateway's runtime, its defaults) on the same supergraph
 * and subgraphs as ours: it authenticates the caller once per request as ours does and propagates
 * the signed identity header to every subgraph fetch. Listens on argv[2].
 */
// Loaded untyped: graphql-yoga's types widen GraphQLError's `extensions.http.headers`, which
// would change how the rest of the project type-checks.
const hiveRuntimePackage: string = '@graphql-hive/gateway';
const { createGatewayRuntime } = (await import(hiveRuntimePackage)) as {
  createGatewayRuntime(config: Record<string, unknown>): (request: IncomingMessage, response: ServerResponse) => void;
};
const setup = await referenceGatewaySetup();
const signer = new IdentityHeaderSigner(setup.signingKey);
const signedHeaders = new WeakMap<Request, Promise<string>>();
const runtime = createGatewayRuntime({
  supergraph: supergraphWithUrls(readSupergraphSdl(), setup.subgraphUrls),
  logging: false,
  propagateHeaders: {
    fromClientToSubgraphs({ request }: { request: Request }) {
      let signed = signedHeaders.get(request);
      if (!signed) {
        signed = setup.authenticate(request.headers.entries()).then((identity) => signer.sign(identity));
        signedHeaders.set(request, signed);
      }
      return signed.then((header) => ({ [IDENTITY_HEADER]: header }));
    },
  },
});
const server = createServer(runtime);
server.keepAliveTimeout = 65_000;
server.listen(Number(process.argv[2]), '127.0.0.1');
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
