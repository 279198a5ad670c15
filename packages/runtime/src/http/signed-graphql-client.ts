import type { Identity } from '../identity/identity.js';
import { IDENTITY_HEADER, signIdentityHeader } from '../identity/internal-identity-header.js';

/** A subgraph answered with errors; `codes` are their `extensions.code` values. */
export class SignedGraphQLError extends Error {
  constructor(
    message: string,
    readonly codes: readonly unknown[],
  ) {
    super(message);
  }
}

export interface SignedGraphQLClient {
  request<TData>(query: string, variables?: Record<string, unknown>): Promise<TData>;
}

export interface SignedGraphQLClientOptions {
  /** Looked up per request: in one process, a peer may start after the caller. */
  readonly url: () => string;
  readonly signingKey: Buffer;
  /** Who the requests act as; each request signs a fresh header (valid for 60 s). */
  readonly identity: Identity;
  /** Default 30 s. */
  readonly timeoutMs?: number;
}

/**
 * Calls a subgraph directly, not through the gateway, with a signed identity: for peers and for
 * command-line tools that hold the internal signing key (DATA_DIR or INTERNAL_SIGNING_KEY).
 */
export function createSignedGraphQLClient(options: SignedGraphQLClientOptions): SignedGraphQLClient {
  return {
    async request<TData>(query: string, variables: Record<string, unknown> = {}): Promise<TData> {
      const response = await fetch(options.url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentityHeader(options.identity, options.signingKey) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      const body = (await response.json()) as { data?: TData; errors?: { message: string; extensions?: { code?: unknown } }[] };
      if (body.errors?.length) {
        throw new SignedGraphQLError(body.errors.map((error) => error.message).join('; '), body.errors.map((error) => error.extensions?.code));
      }
      if (!response.ok || body.data === undefined) throw new SignedGraphQLError(`HTTP ${response.status}`, []);
      return body.data;
    },
  };
}
