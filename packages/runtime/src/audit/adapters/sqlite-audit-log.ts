import type { DatabaseSync } from 'node:sqlite';
import { openSqliteFile } from '../../sqlite/open-sqlite-file.js';
import type { AuditDetails, AuditEntry, AuditEntryDraft } from '../audit-entry.js';
import { redactAuditDetails } from '../audit-details.js';
import { GENESIS_HASH, hashAuditEntry } from '../audit-hash.js';
import type { AuditLog, AuditPage } from '../audit-log.js';
import { checkedAuditServiceName } from '../audit-service-name.js';
import { SerialQueue } from '../serial-queue.js';

interface AuditRow {
  sequence: number;
  time: string;
  service: string;
  actor_subject: string;
  actor_role: string;
  action: string;
  target_type: string;
  target_id: string;
  details: string;
  previous_hash: string;
  hash: string;
}

/*
 * `sequence` is the rowid, so stored order is chain order. The triggers make the table append-only
 * for every writer that goes through SQLite politely; someone editing the file can drop them, which
 * is what the hash chain (and `npm run audit:verify`) is for.
 */
const SCHEMA = `
  create table if not exists audit_entries (
    sequence integer primary key,
    time text not null,
    service text not null,
    actor_subject text not null,
    actor_role text not null,
    action text not null,
    target_type text not null,
    target_id text not null,
    details text not null,
    previous_hash text not null,
    hash text not null
  );
  create trigger if not exists audit_entries_no_update before update on audit_entries
    begin select raise(abort, 'the audit log is append-only'); end;
  create trigger if not exists audit_entries_no_delete before delete on audit_entries
    begin select raise(abort, 'the audit log is append-only'); end;
`;

export function openAuditDatabase(path: string): DatabaseSync {
  // Another process (the keys:rotate CLI) may append while the server does: the opener waits for its lock.
  const db = openSqliteFile(path);
  db.exec(SCHEMA);
  return db;
}

export function entryFromRow(row: AuditRow): AuditEntry {
  return {
    sequence: row.sequence,
    time: row.time,
    service: row.service,
    actor: { subject: row.actor_subject, role: row.actor_role as AuditEntry['actor']['role'] },
    action: row.action,
    target: { type: row.target_type, id: row.target_id },
    details: JSON.parse(row.details) as AuditDetails,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

/** Oldest first after `afterSequence`, one row more than asked to tell whether a next page exists. */
export function listAuditRows(db: DatabaseSync, first: number, afterSequence = 0): AuditPage {
  const rows = db.prepare('select * from audit_entries where sequence > ? order by sequence limit ?').all(afterSequence, first + 1) as unknown as AuditRow[];
  return { entries: rows.slice(0, first).map(entryFromRow), hasNextPage: rows.length > first };
}

/** The embedded audit log of one service: one SQLite file (Node's built-in `node:sqlite`). */
export class SqliteAuditLog implements AuditLog {
  private readonly db: DatabaseSync;
  private readonly queue = new SerialQueue();

  constructor(
    readonly service: string,
    path: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    checkedAuditServiceName(service);
    this.db = openAuditDatabase(path);
  }

  append(drafts: readonly AuditEntryDraft[]): Promise<AuditEntry[]> {
    if (drafts.length === 0) return Promise.resolve([]);
    return this.queue.run(() => {
      // IMMEDIATE takes the write lock before reading the head: no other process can append in between.
      this.db.exec('begin immediate');
      try {
        const head = this.db.prepare('select sequence, hash from audit_entries order by sequence desc limit 1').get() as
          | { sequence: number; hash: string }
          | undefined;
        let sequence = head?.sequence ?? 0;
        let previousHash = head?.hash ?? GENESIS_HASH;
        const time = this.now().toISOString();
        const insert = this.db.prepare('insert into audit_entries values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
        const stored = drafts.map((draft) => {
          sequence += 1;
          const content = { sequence, time, service: this.service, actor: draft.actor, action: draft.action, target: draft.target, details: redactAuditDetails(draft.details ?? {}) };
          const entry: AuditEntry = { ...content, previousHash, hash: hashAuditEntry(previousHash, content) };
          insert.run(sequence, time, this.service, entry.actor.subject, entry.actor.role, entry.action, entry.target.type, entry.target.id, JSON.stringify(entry.details), previousHash, entry.hash);
          previousHash = entry.hash;
          return entry;
        });
        this.db.exec('commit');
        return stored;
      } catch (error) {
        this.db.exec('rollback');
        throw error;
      }
    });
  }

  async list(first: number, afterSequence = 0): Promise<AuditPage> {
    return listAuditRows(this.db, first, afterSequence);
  }

  async close(): Promise<void> {
    await this.queue.run(() => this.db.close());
  }
}
