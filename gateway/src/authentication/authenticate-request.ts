import type { HeaderMap } from '@apollo/server';
import { ClientErrors, type Identity } from '@support-graph/runtime';
import type { TokenVerifier } from './token-verifier.js';

const BEARER = /^Bearer\s+(\S+)$/i;

/** The identity of an HTTP request, from `Authorization: Bearer <JWT>`; UNAUTHENTICATED otherwise. */
export async function authenticateRequest(headers: HeaderMap, verify: TokenVerifier): Promise<Identity> {
  const authorization = headers.get('authorization');
  if (!authorization) throw ClientErrors.unauthenticated();
  const token = BEARER.exec(authorization)?.[1];
  if (!token) throw ClientErrors.unauthenticated('The Authorization header must be "Bearer <token>"');
  return verify(token);
}
