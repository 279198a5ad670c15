import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDENTITY_HEADER, serveSubgraph, type SubgraphDescriptor } from '@support-graph/runtime';
import { FixtureRecorder } from './fixture-recorder.js';
import { buildFixtureSchema } from './fixture-schema.js';

export const FIXTURE_PING = 'fixture.ping';

/**
 * A subgraph descriptor as a new subgraph's folder would export it. Requests pass through a small
 * front door so a test can make the subgraph briefly unavailable (HTTP 503) to its peers.
 */
export function fixtureSubgraph(recorder = new FixtureRecorder()): { descriptor: SubgraphDescriptor; recorder: FixtureRecorder } {
  const descriptor: SubgraphDescriptor = {
    name: 'fixture',
    defaultPort: 4099,
    buildSchema: async () => buildFixtureSchema(recorder),
    async start(options) {
      const subgraph = await serveSubgraph({
        name: 'fixture',
        schema: buildFixtureSchema(recorder),
        port: 0,
        signingKey: options.signingKey,
        maxBodyBytes: options.config.MAX_BODY_BYTES,
        logger: options.logger,
        createContext: (identity) => ({ identity }),
      });
      const frontDoor = createServer((request, response) => {
        if (recorder.unavailableFor > 0) {
          recorder.unavailableFor -= 1;
          response.writeHead(503).end();
          return;
        }
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const headers = { 'content-type': 'application/json', [IDENTITY_HEADER]: String(request.headers[IDENTITY_HEADER] ?? '') };
          void fetch(subgraph.url, { method: 'POST', headers, body: Buffer.concat(chunks) })
            .then(async (answer) => {
              response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
            })
            .catch(() => response.writeHead(502).end());
        });
      });
      await new Promise<void>((resolveListen) => frontDoor.listen(options.port, '127.0.0.1', resolveListen));
      const url = `http://127.0.0.1:${(frontDoor.address() as AddressInfo).port}/graphql`;
      return {
        subgraph: { ...subgraph, url },
        async stop() {
          frontDoor.closeAllConnections();
          await new Promise<void>((resolveClose) => frontDoor.close(() => resolveClose()));
          await subgraph.stop();
        },
      };
    },
    async subscriptionSources() {
      return [
        {
          field: 'fixturePings',
          typePrefix: FIXTURE_PING,
          accepts: () => true,
          payload: (event) => ({ message: String((event.payload as { message?: unknown }).message) }),
          entities: {},
        },
      ];
    },
    privacy: { exportField: 'fixtureTicketData', eraseField: 'fixtureForgetTickets' },
  };
  return { descriptor, recorder };
}
