import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPeerClient, IDENTITY_HEADER, PeerRequestError, serviceIdentity, verifyIdentityHeader } from '@support-graph/runtime';

/** A real HTTP peer whose answer each test chooses. */
const key = Buffer.alloc(32, 7);
let answer: (request: IncomingMessage, response: ServerResponse) => void = () => {};
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => answer(request, response));
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
});

const client = (timeoutMs = 1_000) => createPeerClient({ peer: 'tickets', url: () => url, signingKey: key, identity: serviceIdentity('knowledge'), timeoutMs });

async function failureOf(call: Promise<unknown>): Promise<PeerRequestError> {
  const error = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PeerRequestError);
  return error as PeerRequestError;
}

describe('the signed peer client', () => {
  it('sends the query with a signed service identity and returns data', async () => {
    let seen: { identity: unknown; body: unknown } | undefined;
    answer = (request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen = { identity: verifyIdentityHeader(request.headers[IDENTITY_HEADER] as string, key), body: JSON.parse(body) };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { ticket: { id: 't1' } } }));
      });
    };
    await expect(client().request('query($id: ID!) { ticket(id: $id) { id } }', { id: 't1' })).resolves.toEqual({ ticket: { id: 't1' } });
    expect(seen).toEqual({ identity: { subject: 'knowledge-subgraph', role: 'service' }, body: { query: 'query($id: ID!) { ticket(id: $id) { id } }', variables: { id: 't1' } } });
  });

  it('reports GraphQL errors with their codes, as a considered (not transient) answer', async () => {
    answer = (_request, response) => response.writeHead(200).end(JSON.stringify({ errors: [{ message: 'nope', extensions: { code: 'NOT_FOUND' } }], data: null }));
    const error = await failureOf(client().request('{ ticket(id: "x") { id } }'));
    expect([error.failure, error.codes, error.transient, error.peer]).toEqual(['GRAPHQL_ERROR', ['NOT_FOUND'], false, 'tickets']);
  });

  it('reports an HTTP error without a GraphQL body as transient', async () => {
    answer = (_request, response) => response.writeHead(503).end('busy');
    const error = await failureOf(client().request('{ x }'));
    expect([error.failure, error.transient]).toEqual(['HTTP_ERROR', true]);
  });

  it('gives up after its timeout', async () => {
    answer = () => {};
    const error = await failureOf(client(100).request('{ x }'));
    expect([error.failure, error.transient]).toEqual(['TIMEOUT', true]);
  });

  it('reports a peer that cannot be reached', async () => {
    const unreachable = createPeerClient({ peer: 'agents', url: () => 'http://127.0.0.1:1/graphql', signingKey: key, identity: serviceIdentity('tickets') });
    const error = await failureOf(unreachable.request('{ x }'));
    expect([error.failure, error.peer, error.message]).toEqual(['UNREACHABLE', 'agents', 'agents: could not be reached']);
  });
});
