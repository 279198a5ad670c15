import type { AuditChains, AuditLog } from '@support-graph/runtime';

/** The tickets subgraph's own chain (appends) and every service's chains (the admin query, exports). */
export interface TicketsAuditing {
  readonly log: AuditLog;
  readonly chains: AuditChains;
}
