import { IDENTITY_HEADER, signIdentityHeader, type Identity } from '@support-graph/runtime';

/** The identity this subgraph uses when it calls a peer: a `service` acting for the AI. */
export const AGENTS_SERVICE_IDENTITY: Identity = Object.freeze({ subject: 'agents-subgraph', role: 'service', name: 'Support AI' });

/** A peer answered with errors; `codes` are their `extensions.code` values. */
export class PeerRequestError extends Error {
  constructor(
    message: string,
    readonly codes: readonly unknown[],
  ) {
    super(message);
  }
}

export interface PeerGraphQLClient {
  request<TData>(query: string, variables?: Record<string, unknown>): Promise<TData>;
}

/**
 * Calls a peer subgraph's public GraphQL API over HTTP with a freshly signed `service` identity
 * (headers are valid for 60 s, so each request signs its own). `url` is looked up per request:
 * the peer may start after this subgraph.
 */
export function createPeerGraphQLClient(url: () => string, signingKey: Buffer, timeoutMs = 5_000): PeerGraphQLClient {
  return {
    async request<TData>(query: string, variables: Record<string, unknown> = {}): Promise<TData> {
      const response = await fetch(url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentityHeader(AGENTS_SERVICE_IDENTITY, signingKey) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await response.json()) as { data?: TData; errors?: { message: string; extensions?: { code?: unknown } }[] };
      if (body.errors?.length) {
        throw new PeerRequestError(
          `peer answered: ${body.errors.map((error) => error.message).join('; ')}`,
          body.errors.map((error) => error.extensions?.code),
        );
      }
      if (!response.ok || body.data === undefined) throw new PeerRequestError(`peer answered HTTP ${response.status}`, []);
      return body.data;
    },
  };
}
