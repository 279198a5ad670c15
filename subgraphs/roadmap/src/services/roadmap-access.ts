import { ClientErrors, type Identity } from '@support-graph/runtime';

/** The same roles as the field rules (permissions/roadmap-permissions.ts), checked again inside the use cases that write. */
export function assertMayPlan(identity: Identity): void {
  if (!['agent', 'lead', 'admin'].includes(identity.role)) throw ClientErrors.forbidden();
}
