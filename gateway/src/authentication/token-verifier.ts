import { createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWK, type JWTVerifyGetKey } from 'jose';
import { ClientErrors, isRole, type Identity } from '@support-graph/runtime';

export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  /** Production: the identity provider's JWKS endpoint. */
  readonly jwksUrl?: string | undefined;
  /** Embedded mode: the public half of the dev key generated under DATA_DIR. */
  readonly localPublicKey?: JWK | undefined;
}

/** Asymmetric algorithms only: `none` and HMAC tokens (forgeable with a public key) are refused. */
const ACCEPTED_ALGORITHMS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];

/** How many verified tokens to remember; verification is the costliest step of a small request. */
const CACHE_SIZE = 10_000;

export type TokenVerifier = (token: string) => Promise<Identity>;

/**
 * Verifies a bearer JWT (signature, issuer, audience, expiry) and turns its claims into an
 * Identity. Results are cached per token until the token expires.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  let keys: JWTVerifyGetKey;
  if (options.jwksUrl) keys = createRemoteJWKSet(new URL(options.jwksUrl));
  else if (options.localPublicKey) keys = createLocalJWKSet({ keys: [options.localPublicKey] });
  else throw new Error('Token verification needs JWT_JWKS_URL or a local dev key');

  const cache = new Map<string, { identity: Identity; expiresAtMs: number }>();

  return async (token) => {
    const cached = cache.get(token);
    if (cached && cached.expiresAtMs > Date.now()) return cached.identity;
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw ClientErrors.unauthenticated('The token has expired');
      throw ClientErrors.unauthenticated('The token is not valid');
    }
    if (!isRole(payload['role'])) throw ClientErrors.unauthenticated('The token carries no known role');
    const identity: Identity = {
      subject: payload.sub ?? '',
      role: payload['role'],
      ...(typeof payload['email'] === 'string' ? { email: payload['email'] } : {}),
      ...(typeof payload['name'] === 'string' ? { name: payload['name'] } : {}),
    };
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(token, { identity, expiresAtMs: (payload.exp ?? 0) * 1000 });
    return identity;
  };
}
