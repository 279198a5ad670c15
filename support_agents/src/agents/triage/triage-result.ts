import type { EscalationReason, TicketPriority, TriageStageName } from '../../triage/triage-types.js';

// What the triage agent concludes: a leaf module (it imports no agent), so the agents and the pipeline that read it depend on no agent.

export interface TriageResult {
  /** `null` when the cascade escalated without deciding. */
  readonly category: string | null;
  readonly priority: TicketPriority;
  readonly team: string;
  /** The cascade stage that decided, or `escalated`. */
  readonly decidedBy: TriageStageName | 'escalated';
  readonly escalated: boolean;
  /** Why the cascade escalated; absent when it decided. */
  readonly reason?: EscalationReason;
}
