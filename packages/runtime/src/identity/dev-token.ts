import { SignJWT, type CryptoKey } from 'jose';
import type { Role } from './identity.js';
import { DEV_JWT_ALGORITHM, DEV_KEY_ID } from './dev-keys.js';

export interface DevTokenRequest {
  readonly role: Role;
  /** Subject; for a customer, the customer's email. */
  readonly subject: string;
  readonly name?: string;
  readonly issuer: string;
  readonly audience: string;
  /** Lifetime, in a form jose accepts, e.g. `12h`. Default 12 hours. */
  readonly expiresIn?: string;
}

/** Signs a dev token with the local key; the gateway verifies it exactly like a production token. */
export async function issueDevToken(request: DevTokenRequest, privateKey: CryptoKey): Promise<string> {
  const email = request.role === 'customer' || request.subject.includes('@') ? request.subject : undefined;
  return new SignJWT({ role: request.role, ...(email ? { email } : {}), ...(request.name ? { name: request.name } : {}) })
    .setProtectedHeader({ alg: DEV_JWT_ALGORITHM, kid: DEV_KEY_ID })
    .setSubject(request.subject)
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '12h')
    .sign(privateKey);
}
