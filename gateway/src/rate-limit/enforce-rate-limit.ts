import type { HTTPGraphQLRequest } from '@apollo/server';
import { isRedisUnavailable, type Identity, type Logger } from '@support-graph/runtime';
import { rateLimitedError } from './rate-limit-errors.js';
import type { RateLimiter } from './rate-limiter.js';
import { rateLimitPrincipal } from './rate-limit-principal.js';

export interface RateLimitStepOptions {
  readonly limiter: RateLimiter;
  readonly logger: Logger;
}

/**
 * The request step that spends the caller's budget, one token per operation (a batch of five
 * costs five), right after authentication and before anything is parsed. Throws RATE_LIMITED.
 * When the limiter's store fails (Redis down), the request is let through and the failure logged:
 * losing rate limiting for a moment is better than losing the API.
 */
export function createRateLimitStep(options: RateLimitStepOptions) {
  return async (identity: Identity, request: HTTPGraphQLRequest): Promise<void> => {
    const operations = Array.isArray(request.body) ? Math.max(1, request.body.length) : 1;
    let decision;
    try {
      decision = await options.limiter.take(rateLimitPrincipal(identity), operations);
    } catch (error) {
      // Redis being away is logged once per retry interval by its connection, not once per request.
      options.logger[isRedisUnavailable(error) ? 'debug' : 'warn']({ err: error }, 'rate limiter unavailable; request let through');
      return;
    }
    if (!decision.allowed) throw rateLimitedError(decision.retryAfterSeconds);
  };
}
