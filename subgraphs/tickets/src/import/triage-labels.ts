import type { Identity } from '@support-graph/runtime';

/**
 * Where an imported ticket's category goes so triage learns it: the agents subgraph keeps it as a
 * labelled example (similarity cache at once, `retrainTriage` after). Recorded as the importing admin.
 */
export interface TriageLabels {
  record(actor: Identity, ticketId: string, category: string, team: string | null): Promise<void>;
}
