import { ClientErrors, type Identity, type Role } from '@support-graph/runtime';
import type { Audience } from '../knowledge-service-types.js';

/** Roles that write the knowledge base (issue 4); every other role is FORBIDDEN from mutations. */
const EDITOR_ROLES: readonly Role[] = ['agent', 'lead', 'admin'];

/** Roles outside the company: they read the help centre as customers do, PUBLISHED articles only. */
const CUSTOMER_AUDIENCE_ROLES: readonly Role[] = ['customer', 'partner'];

export function audienceOf(identity: Identity): Audience {
  return CUSTOMER_AUDIENCE_ROLES.includes(identity.role) ? 'customer' : 'agent';
}

export function assertEditor(identity: Identity): void {
  if (!EDITOR_ROLES.includes(identity.role)) throw ClientErrors.forbidden('Only agents, leads and admins can change the knowledge base');
}

/** Drafts in history and other customers' tickets must not reach anyone outside the company. */
export function assertInternal(identity: Identity, what: string): void {
  if (audienceOf(identity) !== 'agent') throw ClientErrors.forbidden(`${what} is for the support team only`);
}
