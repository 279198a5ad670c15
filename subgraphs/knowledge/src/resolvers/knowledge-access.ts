import type { Identity, Role } from '@support-graph/runtime';
import type { Audience } from '../articles/article-queries.js';

/**
 * Which articles a caller reaches: data scoping, not field access. Who may call which field
 * (writes for agents, leads and admins; history and similar tickets for the company only) is
 * decided by the field rules in schema/knowledge-permissions.ts, the role matrix in docs/security.md.
 */

/** Roles outside the company: they read the help centre as customers do, PUBLISHED articles only. */
const CUSTOMER_AUDIENCE_ROLES: readonly Role[] = ['customer', 'partner'];

export function audienceOf(identity: Identity): Audience {
  return CUSTOMER_AUDIENCE_ROLES.includes(identity.role) ? 'customer' : 'agent';
}
