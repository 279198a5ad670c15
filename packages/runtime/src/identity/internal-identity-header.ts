import { createHmac, timingSafeEqual } from 'node:crypto';
import { isRole, type Identity } from './identity.js';

/** Header the gateway forwards the verified identity in. Subgraphs trust nothing else. */
export const IDENTITY_HEADER = 'x-support-identity';

/** How long a signed header stays valid: long enough for one request fan-out, short enough to make replay useless. */
const VALIDITY_SECONDS = 60;

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
  return {
    subject: claims.sub,
    role: claims.role,
    ...(typeof claims.email === 'string' ? { email: claims.email } : {}),
    ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
  };
}
