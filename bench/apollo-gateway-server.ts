import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readSupergraphSdl, SignedRemoteDataSource } from '@support-graph/gateway';
import type { Identity } from '@support-graph/runtime';
import { referenceGatewaySetup } from './reference-gateway-identity.js';
import { supergraphWithUrls } from './supergraph-urls.js';

/**
 * `bench:gateway`'s reference floor: Apollo Gateway in Apollo Server's standalone HTTP server, with
 * no plugin, limit or cache of ours, only authentication and the signed identity header. Listens on argv[2].
 */
process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';
const setup = await referenceGatewaySetup();
const gateway = new ApolloGateway({
  supergraphSdl: supergraphWithUrls(readSupergraphSdl(), setup.subgraphUrls),
  buildService: ({ url }) => new SignedRemoteDataSource(url ?? '', setup.signingKey),
});
const server = new ApolloServer<{ identity: Identity }>({ gateway });
await startStandaloneServer(server, {
  listen: { port: Number(process.argv[2]), host: '127.0.0.1' },
  context: async ({ req }) => ({
    identity: await setup.authenticate(Object.entries(req.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : []))),
  }),
});
process.once('SIGTERM', () => {
  void server.stop().then(() => process.exit(0));
});
