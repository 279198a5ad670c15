import { createHmac, timingSafeEqual } from 'node:crypto';
import { isRole, type Identity } from './identity.js';

/** Header the gateway forwards the verified identity in. Subgraphs trust nothing else. */
export const IDENTITY_HEADER = 'x-support-identity';

/** How long a signed header stays valid: long enough for one request fan-out, short enough to make replay useless. */
const VALIDITY_SECONDS = 60;
/** Clock difference tolerated between the signer and a subgraph on another host. */
const CLOCK_SKEW_SECONDS = 5;

interface SignedClaims {
  readonly sub: string;
  readonly role: string;
  readonly email?: string;
  readonly name?: string;
  readonly exp: number;
}

function mac(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

/** `v1.<base64url(JSON claims)>.<base64url(HMAC-SHA256)>`, keyed with the internal signing key. */
export function signIdentityHeader(identity: Identity, key: Buffer, nowSeconds = Math.floor(Date.now() / 1000)): string {
  const claims: SignedClaims = {
    sub: identity.subject,
    role: identity.role,
    ...(identity.email === undefined ? {} : { email: identity.email }),
    ...(identity.name === undefined ? {} : { name: identity.name }),
    exp: nowSeconds + VALIDITY_SECONDS,
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `v1.${payload}.${mac(key, payload).toString('base64url')}`;
}

/** Returns the identity, or undefined when the header is missing, malformed, forged or expired. */
export function verifyIdentityHeader(
  header: string | undefined,
  key: Buffer,
  nowSeconds = Math.floor(Date.now() / 1000),
): Identity | undefined {
  if (!header) return undefined;
  const [version, payload, signature] = header.split('.');
  if (version !== 'v1' || !payload || !signature) return undefined;
  const expected = mac(key, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let claims: Partial<SignedClaims>;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<SignedClaims>;
  } catch {
    return undefined;
  }
  if (typeof claims.sub !== 'string' || !isRole(claims.role)) return undefined;
  if (typeof claims.exp !== 'number' || claims.exp < nowSeconds) return undefined;
  // A header living longer than any signer issues (a leaked key's ten-year header) is refused.
  if (claims.exp > nowSeconds + VALIDITY_SECONDS + CLOCK_SKEW_SECONDS) return undefined;
  return {
    subject: claims.sub,
    role: claims.role,
    ...(typeof claims.email === 'string' ? { email: claims.email } : {}),
    ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
  };
}

/** Most identities remembered by a signer or verifier; a support floor has far fewer active at once. */
const CACHE_LIMIT = 10_000;

function identityKey(identity: Identity): string {
  return `${identity.role}\u0000${identity.subject}\u0000${identity.email ?? ''}\u0000${identity.name ?? ''}`;
}

/**
 * Signs identity headers, reusing a header while more than half its validity remains: the gateway
 * forwards the same identity on every subgraph fetch of every request, and HMAC per fetch adds up.
 */
export class IdentityHeaderSigner {
  private readonly signed = new Map<string, { header: string; reuseUntilSeconds: number }>();

  constructor(private readonly key: Buffer) {}

  sign(identity: Identity, nowSeconds = Math.floor(Date.now() / 1000)): string {
    const cacheKey = identityKey(identity);
    const cached = this.signed.get(cacheKey);
    if (cached && cached.reuseUntilSeconds > nowSeconds) return cached.header;
    const header = signIdentityHeader(identity, this.key, nowSeconds);
    if (this.signed.size >= CACHE_LIMIT) this.signed.delete(this.signed.keys().next().value as string);
    this.signed.set(cacheKey, { header, reuseUntilSeconds: nowSeconds + VALIDITY_SECONDS / 2 });
    return header;
  }
}

/**
 * Verifies identity headers, remembering a header already verified until it expires: the exact
 * same string passed the HMAC check, so only its expiry needs checking again.
 */
export class IdentityHeaderVerifier {
  private readonly verified = new Map<string, { identity: Identity; expiresAtSeconds: number }>();

  constructor(private readonly key: Buffer) {}

  verify(header: string | undefined, nowSeconds = Math.floor(Date.now() / 1000)): Identity | undefined {
    if (!header) return undefined;
    const cached = this.verified.get(header);
    if (cached) {
      if (cached.expiresAtSeconds >= nowSeconds) return cached.identity;
      this.verified.delete(header);
      return undefined;
    }
    const identity = verifyIdentityHeader(header, this.key, nowSeconds);
    if (!identity) return undefined;
    if (this.verified.size >= CACHE_LIMIT) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(header, { identity, expiresAtSeconds: expiryOf(header) });
    return identity;
  }
}

/** The `exp` of a header that has already been verified. */
function expiryOf(header: string): number {
  const payload = header.split('.')[1] ?? '';
  return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SignedClaims).exp;
}
