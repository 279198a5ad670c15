import { PeerRequestError } from '@support-graph/runtime';

export interface RetryPolicy {
  /** Calls in all, the first included. */
  readonly attempts: number;
  /** Wait before the second call; doubled before each further one. */
  readonly firstDelayMs: number;
}

/** Three calls over about a second: long enough for a peer that restarts, short enough for an admin waiting on the mutation. */
export const PRIVACY_RETRY: RetryPolicy = { attempts: 3, firstDelayMs: 250 };

/**
 * Calls `call` again while a peer fails transiently (timeout, unreachable, HTTP error); a GraphQL
 * error is the peer's answer and is not retried. Only for calls that are safe to repeat.
 */
export async function retryTransient<T>(call: () => Promise<T>, policy: RetryPolicy = PRIVACY_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= policy.attempts || !(error instanceof PeerRequestError) || !error.transient) throw error;
      await new Promise((resolveDelay) => setTimeout(resolveDelay, policy.firstDelayMs * 2 ** (attempt - 1)));
    }
  }
}
