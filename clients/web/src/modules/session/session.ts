export const ROLES = ['customer', 'agent', 'lead', 'admin', 'analyst', 'partner', 'service'] as const;
export type Role = (typeof ROLES)[number];

/** Who is signed in: the bearer token and what the console reads from it. */
export interface Session {
  readonly token: string;
  readonly role: Role;
  /** The token's subject: a customer's email, a staff member's id or email. */
  readonly subject: string;
}

export const STAFF_ROLES: readonly Role[] = ['agent', 'lead', 'admin'];
export const EXPLORER_ROLES: readonly Role[] = ['analyst', 'admin'];
/** Who reads support analytics (/insights). */
export const INSIGHTS_ROLES: readonly Role[] = ['lead', 'admin', 'analyst'];
/** Who writes, publishes, archives, rolls back and imports help-centre articles in the console (agents read them). */
export const KNOWLEDGE_EDITOR_ROLES: readonly Role[] = ['lead', 'admin'];
/** Who versions, evaluates and promotes AI behaviour (/playground). */
export const PLAYGROUND_ROLES: readonly Role[] = ['lead', 'admin'];

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Reads role and subject from a JWT's payload (the gateway verifies it; the console only needs to know what to show). */
export function sessionFromToken(token: string): Session | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { role?: unknown; sub?: unknown; email?: unknown; exp?: unknown };
    if (!isRole(claims.role) || typeof claims.sub !== 'string') return undefined;
    if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return undefined;
    return { token, role: claims.role, subject: typeof claims.email === 'string' ? claims.email : claims.sub };
  } catch {
    return undefined;
  }
}
