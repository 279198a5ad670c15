import type { AttachmentRecord } from './attachment-records.js';

/** The descriptions of attachments, by ticket. Embedded: SQLite under DATA_DIR. */
export interface AttachmentIndex {
  insert(record: AttachmentRecord): Promise<void>;
  find(id: string): Promise<AttachmentRecord | undefined>;
  /** Oldest first. */
  forTickets(ticketIds: readonly string[]): Promise<AttachmentRecord[]>;
  /** Removes the descriptions; returns the ids removed. */
  removeForTickets(ticketIds: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}
