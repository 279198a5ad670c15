/** Why a call to a peer subgraph failed; stable, so callers decide on it (retry, skip, give up). */
export type PeerFailure =
  /** No answer within the client's timeout. */
  | 'TIMEOUT'
  /** The connection failed (peer down, wrong URL). */
  | 'UNREACHABLE'
  /** An HTTP status other than 2xx without GraphQL errors, or a body that is not GraphQL. */
  | 'HTTP_ERROR'
  /** The peer answered with GraphQL errors; their `extensions.code` values are in `codes`. */
  | 'GRAPHQL_ERROR';

/** A peer subgraph call that did not return data. The message names the peer, never the request's variables. */
export class PeerRequestError extends Error {
  constructor(
    readonly peer: string,
    readonly failure: PeerFailure,
    message: string,
    /** `extensions.code` of each GraphQL error the peer returned. */
    readonly codes: readonly unknown[] = [],
  ) {
    super(`${peer}: ${message}`);
    this.name = 'PeerRequestError';
  }

  /** Worth trying again: the peer may answer later (a GraphQL error is the peer's considered answer). */
  get transient(): boolean {
    return this.failure !== 'GRAPHQL_ERROR';
  }
}
