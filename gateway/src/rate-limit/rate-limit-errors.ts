import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

export const RATE_LIMITED = 'RATE_LIMITED';

/** 429 with `retry-after` (seconds), the same figure in `extensions.retryAfterSeconds` for GraphQL clients. */
export function rateLimitedError(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests; retry after ${retryAfterSeconds} s`, {
    extensions: {
      code: RATE_LIMITED,
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
