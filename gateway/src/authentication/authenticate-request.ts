import type { HeaderMap } from '@apollo/server';
import { ClientErrors, type Identity } from '@support-graph/runtime';
import type { IdentityDirectory } from './identity-directory.js';
import type { TokenVerifier } from './token-verifier.js';

const BEARER = /^Bearer\s+(\S+)$/i;

export interface RequestAuthenticatorOptions {
  readonly verifyToken: TokenVerifier;
  readonly directory: IdentityDirectory;
  /**
   * Production: every non-customer token must match an active user record, whose role wins over
   * the token's claim. Embedded mode: a token without a user record keeps its claimed role, so
   * `npm run token` works on a fresh install.
   */
  readonly requireUserRecords: boolean;
}

export type RequestAuthenticator = (headers: HeaderMap) => Promise<Identity>;

/** A directory that does not answer is the platform's problem, not the caller's: 503, never a 500. */
async function lookup<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch {
    throw ClientErrors.serviceUnavailable('The user directory did not answer in time; try again');
  }
}

/**
 * Who is calling: a partner by `X-Api-Key`, anyone else by `Authorization: Bearer <JWT>`, checked
 * against the directory. Anything else is UNAUTHENTICATED.
 */
export function createRequestAuthenticator(options: RequestAuthenticatorOptions): RequestAuthenticator {
  return async (headers) => {
    const apiKey = headers.get('x-api-key');
    if (apiKey) {
      const partner = await lookup(() => options.directory.partnerForApiKey(apiKey.trim()));
      if (!partner) throw ClientErrors.unauthenticated('The API key is not valid');
      return { subject: partner, role: 'partner' };
    }
    const authorization = headers.get('authorization');
    if (!authorization) throw ClientErrors.unauthenticated();
    const token = BEARER.exec(authorization)?.[1];
    if (!token) throw ClientErrors.unauthenticated('The Authorization header must be "Bearer <token>"');
    const claimed = await options.verifyToken(token);
    // Customers are not users; a token claiming `customer` only ever gets a customer's rights.
    if (claimed.role === 'customer') return claimed;
    const user = await lookup(() => options.directory.userByEmail(claimed.email ?? claimed.subject));
    if (!user) {
      if (options.requireUserRecords) throw ClientErrors.unauthenticated('No user account matches this token');
      return claimed;
    }
    if (!user.active) throw ClientErrors.unauthenticated('This account is deactivated');
    return { ...claimed, role: user.role };
  };
}
