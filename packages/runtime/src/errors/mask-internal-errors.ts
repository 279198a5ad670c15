import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isRedisUnavailable } from '../redis/redis-connections.js';
import { ErrorCode } from './client-errors.js';

/**
 * Apollo `formatError`: errors a client can act on keep their message and code; anything else
 * (a driver error, a bug) is logged here and reaches the client only as "Internal server error",
 * so no stack, SQL or Cypher ever leaves the process. A request that failed because Redis is
 * unreachable gets SERVICE_UNAVAILABLE instead: the client may retry, and it will work once Redis is back.
 */
export function maskInternalErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const cause = error instanceof Error && 'originalError' in error ? (error as { originalError?: unknown }).originalError : error;
    if (isRedisUnavailable(cause)) {
      logger.warn({ err: cause, path: formatted.path }, 'request failed: Redis unavailable');
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
