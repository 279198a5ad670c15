import type { DatabaseSync } from 'node:sqlite';
import { FieldEnvelopes, openSqliteFile, type Keyring } from '@support-graph/runtime';
import type { AttachmentIndex } from '../attachment-index.js';
import type { AttachmentRecord, AttachmentSource } from '../attachment-records.js';

interface Row {
  id: string;
  ticket_id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  source: string;
  added_by: string;
  created_at: number;
}

/** Attachment descriptions in SQLite (`node:sqlite`); the file name and who added it are envelopes (customer text). */
export class SqliteAttachmentIndex implements AttachmentIndex {
  private readonly db: DatabaseSync;
  private readonly envelopes: FieldEnvelopes;

  constructor(path: string, keyring: Keyring) {
    this.envelopes = new FieldEnvelopes(keyring);
    this.db = openSqliteFile(path);
    this.db.exec(`
      create table if not exists attachments (
        id text primary key, ticket_id text not null, filename text not null, content_type text not null,
        size integer not null, sha256 text not null, source text not null, added_by text not null, created_at integer not null
      );
      create index if not exists attachments_ticket on attachments (ticket_id, created_at);
    `);
  }

  async insert(record: AttachmentRecord): Promise<void> {
    this.db
      .prepare('insert into attachments (id, ticket_id, filename, content_type, size, sha256, source, added_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(
        record.id,
        record.ticketId,
        this.envelopes.encrypt(record.filename, { field: 'attachments.filename', recordId: record.id }),
        record.contentType,
        record.size,
        record.sha256,
        record.source,
        this.envelopes.encrypt(record.addedBy, { field: 'attachments.added_by', recordId: record.id }),
        record.createdAt.getTime(),
      );
  }

  async find(id: string): Promise<AttachmentRecord | undefined> {
    const row = this.db.prepare('select * from attachments where id = ?').get(id) as Row | undefined;
    return row && this.toRecord(row);
  }

  async forTickets(ticketIds: readonly string[]): Promise<AttachmentRecord[]> {
    if (ticketIds.length === 0) return [];
    const rows = this.db
      .prepare(`select * from attachments where ticket_id in (${ticketIds.map(() => '?').join(',')}) order by created_at, id`)
      .all(...ticketIds) as unknown as Row[];
    return rows.map((row) => this.toRecord(row));
  }

  async removeForTickets(ticketIds: readonly string[]): Promise<string[]> {
    const removed: string[] = [];
    for (const ticketId of ticketIds) {
      const rows = this.db.prepare('delete from attachments where ticket_id = ? returning id').all(ticketId) as { id: string }[];
      removed.push(...rows.map((row) => row.id));
    }
    return removed;
  }

  private toRecord(row: Row): AttachmentRecord {
    return {
      id: row.id,
      ticketId: row.ticket_id,
      filename: this.envelopes.decrypt(row.filename, { field: 'attachments.filename', recordId: row.id }),
      contentType: row.content_type,
      size: row.size,
      sha256: row.sha256,
      source: row.source as AttachmentSource,
      addedBy: this.envelopes.decrypt(row.added_by, { field: 'attachments.added_by', recordId: row.id }),
      createdAt: new Date(row.created_at),
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
