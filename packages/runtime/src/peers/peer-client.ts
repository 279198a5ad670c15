import type { Identity } from '../identity/identity.js';
import { IDENTITY_HEADER, signIdentityHeader } from '../identity/internal-identity-header.js';
import { PeerRequestError } from './peer-request-error.js';

/** One peer subgraph's public GraphQL API, called as this service. */
export interface PeerClient {
  /** The peer's name, for errors and logs. */
  readonly peer: string;
  /** The operation's `data`; throws PeerRequestError when the peer returns none. */
  request<TData>(query: string, variables?: Readonly<Record<string, unknown>>): Promise<TData>;
}

export interface PeerClientOptions {
  /** The peer's name (`tickets`, `knowledge`…). */
  readonly peer: string;
  /** Looked up per request: in one process a peer may start after its caller. */
  readonly url: () => string;
  /** Signs the `service` identity the peer checks, as the gateway signs a user's. */
  readonly signingKey: Buffer;
  /** Who calls: a `service` identity naming the calling subgraph. */
  readonly identity: Identity;
  /** Per request, default 5 s. */
  readonly timeoutMs?: number;
}

interface GraphQLBody<TData> {
  readonly data?: TData | null;
  readonly errors?: readonly { readonly message: string; readonly extensions?: { readonly code?: unknown } }[];
}

/** A `service` identity for a subgraph calling its peers. */
export function serviceIdentity(subgraph: string, name?: string): Identity {
  return Object.freeze({ subject: `${subgraph}-subgraph`, role: 'service', ...(name ? { name } : {}) });
}

/**
 * Calls a peer subgraph directly over HTTP (not through the gateway: some peer fields are
 * `@inaccessible` there) with a freshly signed identity header per request (headers are valid for
 * a short time), a timeout, and one error type with a stable `failure`.
 */
export function createPeerClient(options: PeerClientOptions): PeerClient {
  const { peer } = options;
  const timeoutMs = options.timeoutMs ?? 5_000;
  return {
    peer,
    async request<TData>(query: string, variables: Readonly<Record<string, unknown>> = {}): Promise<TData> {
      let response: Response;
      let body: GraphQLBody<TData>;
      try {
        response = await fetch(options.url(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentityHeader(options.identity, options.signingKey) },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        if (error instanceof DOMException && error.name === 'TimeoutError') throw new PeerRequestError(peer, 'TIMEOUT', `no answer within ${timeoutMs} ms`);
        throw new PeerRequestError(peer, 'UNREACHABLE', 'could not be reached');
      }
      try {
        body = (await response.json()) as GraphQLBody<TData>;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'TimeoutError') throw new PeerRequestError(peer, 'TIMEOUT', `no answer within ${timeoutMs} ms`);
        throw new PeerRequestError(peer, 'HTTP_ERROR', `answered HTTP ${response.status} without a GraphQL body`);
      }
      if (body.errors?.length) {
        throw new PeerRequestError(
          peer,
          'GRAPHQL_ERROR',
          `answered: ${body.errors.map((error) => error.message).join('; ')}`,
          body.errors.map((error) => error.extensions?.code),
        );
      }
      if (!response.ok || body.data === undefined || body.data === null) throw new PeerRequestError(peer, 'HTTP_ERROR', `answered HTTP ${response.status}`);
      return body.data;
    },
  };
}
