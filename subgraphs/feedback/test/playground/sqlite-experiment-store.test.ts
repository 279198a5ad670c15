import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createSqliteExperimentStore } from '../../src/playground/experiments/adapters/sqlite-experiment-store.js';
import type { NewExperiment } from '../../src/playground/experiments/experiment-store.js';
import { openPlaygroundDatabase } from '../../src/playground/versions/adapters/playground-database.js';

const started = (id: string, kind: NewExperiment['kind'] = 'reply-template'): NewExperiment => ({
  id,
  kind,
  controlLabel: 'production',
  candidateLabel: 'staging',
  candidateShare: 30,
  controlVersionAtStart: 1,
  candidateVersionAtStart: 2,
  startedBy: 'admin-1',
  startedAt: new Date().toISOString(),
});

describe('the SQLite experiment store', () => {
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

  it('runs one experiment per kind; stopping keeps it as the latest until the next one starts', async () => {
    const db = openPlaygroundDatabase(':memory:');
    const store = createSqliteExperimentStore(db);
    expect(await store.latest('reply-template')).toBeUndefined();
    expect(await store.start(started('a'))).toBe(true);
    expect(await store.start(started('b'))).toBe(false);
    expect(await store.start(started('c', 'thresholds'))).toBe(true);
    expect((await store.latest('reply-template'))?.id).toBe('a');

    const stopped = await store.stop('reply-template', 'admin-2', '2026-12-03T12:00:00.000Z');
    expect(stopped).toMatchObject({ id: 'a', stoppedBy: 'admin-2', stoppedAt: '2026-12-03T12:00:00.000Z', candidateShare: 30, controlVersionAtStart: 1, candidateVersionAtStart: 2 });
    expect(await store.stop('reply-template', 'admin-2', new Date().toISOString())).toBeUndefined();
    expect((await store.latest('reply-template'))?.id).toBe('a');

    expect(await store.start(started('d'))).toBe(true);
    expect((await store.latest('reply-template'))?.id).toBe('d');
    expect((await store.latest('thresholds'))?.stoppedAt).toBeNull();
    db.close();
  });
});
