import { ClientErrors, type Identity, type Role } from '@support-graph/runtime';

/** Who may read AI runs and insights: the support team, and analysts studying them. Customers and partners may not. */
const READERS: readonly Role[] = ['agent', 'lead', 'admin', 'service', 'analyst'];
/** Who may run agents and review triage. */
const OPERATORS: readonly Role[] = ['agent', 'lead', 'admin'];

export function assertMayReadRuns(identity: Identity): void {
  if (!READERS.includes(identity.role)) throw ClientErrors.forbidden('AI runs and insights are for the support team');
}

export function assertMayRunAgents(identity: Identity, action: string): void {
  if (!OPERATORS.includes(identity.role)) throw ClientErrors.forbidden(`Only support agents, leads and admins may ${action}`);
}

export function assertAdmin(identity: Identity, action: string): void {
  if (identity.role !== 'admin') throw ClientErrors.forbidden(`Only admins may ${action}`);
}
