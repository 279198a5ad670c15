import type { DatabaseSync } from 'node:sqlite';
import { openSqliteFile } from '@support-graph/runtime';
import type { MacroRecord } from '../../macro-records.js';
import type { MacroStore } from '../macro-store.js';

/** The embedded mode's macros: one SQLite file under DATA_DIR, id → JSON (the same record the Redis hash holds). */
export class SqliteMacroStore implements MacroStore {
  private readonly db: DatabaseSync;

  constructor(path: string) {
    this.db = openSqliteFile(path);
    this.db.exec(`
      create table if not exists macros (id text primary key, record text not null);
    `);
  }

  async save(macro: MacroRecord): Promise<void> {
    this.db.prepare('insert or replace into macros (id, record) values (?, ?)').run(macro.id, JSON.stringify(macro));
  }

  async find(id: string): Promise<MacroRecord | null> {
    const row = this.db.prepare('select record from macros where id = ?').get(id) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as MacroRecord) : null;
  }

  async list(): Promise<MacroRecord[]> {
    return (this.db.prepare('select record from macros order by id').all() as { record: string }[]).map((row) => JSON.parse(row.record) as MacroRecord);
  }

  async delete(id: string): Promise<boolean> {
    return Number(this.db.prepare('delete from macros where id = ?').run(id).changes) > 0;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
