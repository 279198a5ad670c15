import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { AuditEntry } from '../audit-entry.js';
import type { AuditChains, AuditPage } from '../audit-log.js';
import { checkedAuditServiceName } from '../audit-service-name.js';
import { entryFromRow, listAuditRows, openAuditDatabase } from './sqlite-audit-log.js';

/** Rows read per query while verifying: memory stays flat however long a chain grows. */
const READ_BATCH = 500;

/** Every embedded chain: the `<service>.sqlite` files of one audit folder (DATA_DIR/audit). */
export class SqliteAuditChains implements AuditChains {
  private readonly open = new Map<string, DatabaseSync>();

  constructor(private readonly folder: string) {}

  async services(): Promise<string[]> {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder)
      .filter((file) => file.endsWith('.sqlite'))
      .map((file) => file.slice(0, -'.sqlite'.length))
      .sort();
  }

  async *read(service: string): AsyncIterable<AuditEntry> {
    const db = this.database(service);
    // By rowid, not by sequence: the stored order is what is verified.
    const page = db.prepare('select * from audit_entries where rowid > ? order by rowid limit ?');
    let after = 0;
    for (;;) {
      const rows = page.all(after, READ_BATCH) as unknown as (Parameters<typeof entryFromRow>[0] & { sequence: number })[];
      for (const row of rows) yield entryFromRow(row);
      if (rows.length < READ_BATCH) return;
      after = rows.at(-1)!.sequence;
    }
  }

  async list(service: string, first: number, afterSequence = 0): Promise<AuditPage> {
    if (!(await this.services()).includes(checkedAuditServiceName(service))) return { entries: [], hasNextPage: false };
    return listAuditRows(this.database(service), first, afterSequence);
  }

  async close(): Promise<void> {
    for (const db of this.open.values()) db.close();
    this.open.clear();
  }

  private database(service: string): DatabaseSync {
    let db = this.open.get(service);
    if (!db) {
      db = openAuditDatabase(join(this.folder, `${checkedAuditServiceName(service)}.sqlite`));
      this.open.set(service, db);
    }
    return db;
  }
}
