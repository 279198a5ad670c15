import type { AuditEntry, AuditEntryDraft } from './audit-entry.js';

export interface AuditPage {
  readonly entries: AuditEntry[];
  readonly hasNextPage: boolean;
}

/**
 * One service's append-only, hash-chained audit log. Appends are serialised (in the process and in
 * the database), so two writers can never both extend the same entry and fork the chain.
 * Adapters: SQLite (`DATA_DIR/audit/<service>.sqlite`) and MongoDB (`audit_entries`, one chain per service).
 */
export interface AuditLog {
  readonly service: string;
  /** Appends the drafts in order, as one batch; returns them as stored. */
  append(drafts: readonly AuditEntryDraft[]): Promise<AuditEntry[]>;
  /** Oldest first, after the sequence `afterSequence` (0: from the start). */
  list(first: number, afterSequence?: number): Promise<AuditPage>;
  close(): Promise<void>;
}

/** Every chain in one place (DATA_DIR/audit or one MongoDB database): what `audit:verify` and the admin query read. */
export interface AuditChains {
  services(): Promise<string[]>;
  /** The chain of `service` in stored order (not re-sorted: reordering is what verification must catch). */
  read(service: string): AsyncIterable<AuditEntry>;
  list(service: string, first: number, afterSequence?: number): Promise<AuditPage>;
  close(): Promise<void>;
}
