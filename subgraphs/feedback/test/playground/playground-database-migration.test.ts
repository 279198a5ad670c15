import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openPlaygroundDatabase } from '../../src/playground/versions/adapters/playground-database.js';

describe('the playground SQLite file', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'experiments-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('opens a playground file made before experiments existed, keeping its versions', () => {
    const path = join(folder, 'playground.sqlite');
    const older = new DatabaseSync(path);
    older.exec(`create table config_versions (kind text not null, number integer not null, content text not null, author text not null,
      message text not null, diff text not null, created_at text not null, primary key (kind, number));
      insert into config_versions values ('model', 1, 'provider: local', 'seed', 'seed', '', '2026-01-01T00:00:00Z');`);
    older.close();
    const db = openPlaygroundDatabase(path);
    expect(db.prepare('select count(*) as n from config_versions').get()).toEqual({ n: 1 });
    expect(db.prepare('select count(*) as n from config_experiments').get()).toEqual({ n: 0 });
    db.close();
  });
});
