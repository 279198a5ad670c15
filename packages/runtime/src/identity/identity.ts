/** Roles from DESIGN.md §3. */
export const ROLES = ['customer', 'agent', 'lead', 'admin', 'analyst', 'partner', 'service'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is calling, as verified by the gateway. For a customer, `subject` is the customer's email. */
export interface Identity {
  readonly subject: string;
  readonly role: Role;
  readonly email?: string;
  readonly name?: string;
}

/** Roles that work tickets on the support side (as opposed to customers, partners, analysts). */
export const STAFF_ROLES: readonly Role[] = ['agent', 'lead', 'admin', 'service'];
