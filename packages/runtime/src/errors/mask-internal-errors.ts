import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/**
 * Apollo `formatError`: errors a client can act on keep their message and code; anything else
 * (a driver error, a bug) is logged here and reaches the client only as "Internal server error",
 * so no stack, SQL or Cypher ever leaves the process.
 */
export function maskInternalErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: error, path: formatted.path }, 'internal error while resolving');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
