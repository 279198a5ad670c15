/** What the tickets and agents subgraphs say about a ticket, as far as analytics care (no text). */
export interface TicketSnapshot {
  readonly id: string;
  readonly number: string;
  readonly status: string;
  readonly channel: string;
  readonly category: string | null;
  readonly createdAt: Date;
  readonly firstResponseAt: Date | null;
  readonly resolvedAt: Date | null;
  readonly slaDueAt: Date | null;
  /** Public (non-internal) messages' author roles, oldest first. */
  readonly replyRoles: readonly string[];
  readonly statusChanges: readonly { readonly from: string | null; readonly to: string | null }[];
  readonly triage: { readonly category: string; readonly team: string | null; readonly accepted: boolean; readonly overridden: boolean } | null;
  readonly language: string | null;
  readonly tokens: number;
  readonly costUsd: number;
}

/** Reads ticket snapshots from the platform (port; adapter in adapters/). */
export interface TicketSnapshots {
  /** Null when the ticket does not exist (any more). */
  snapshot(ticketId: string): Promise<TicketSnapshot | null>;
}
