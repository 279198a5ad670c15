import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { PeerRequestError } from '../peers/peer-request-error.js';
import { isRedisUnavailable } from '../redis/redis-connections.js';
import { ErrorCode } from './client-errors.js';

/** The error underneath GraphQL's wrappers (Apollo locates the field rules' "Internal server error", which wraps the thrown one). */
function rootCause(error: unknown): unknown {
  let cause = error;
  for (let depth = 0; depth < 5 && cause instanceof GraphQLError && cause.originalError; depth += 1) cause = cause.originalError;
  return cause;
}

/**
 * Apollo `formatError`: errors a client can act on keep their message and code; anything else
 * (a driver error, a bug) is logged here and reaches the client only as "Internal server error",
 * so no stack, SQL or Cypher ever leaves the process. A request that failed because Redis is
 * unreachable, or because a peer subgraph timed out or could not be reached, gets SERVICE_UNAVAILABLE
 * instead: the client may retry, and it will work once Redis or the peer answers again.
 */
export function maskInternalErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const cause = rootCause(error);
    const peerDown = cause instanceof PeerRequestError && cause.transient;
    if (isRedisUnavailable(cause) || peerDown) {
      logger.warn({ err: cause, path: formatted.path }, peerDown ? 'request failed: a peer subgraph did not answer' : 'request failed: Redis unavailable');
      return {
        message: 'A service this request needs is unavailable; retry shortly',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.ServiceUnavailable },
      };
    }
    logger.error({ err: error, path: formatted.path }, 'internal error while resolving');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
