import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntitySchema, type MikroORM } from '@mikro-orm/core';
import { openOrm, openSqliteOrm, type OrmDialect } from '../src/index.js';

interface NoteRecord {
  id: string;
  body: string;
}

/** A tiny entity model, built per dialect like every store's. */
function noteSchemas(dialect: OrmDialect) {
  const Note = new EntitySchema<NoteRecord>({
    name: 'Note',
    tableName: 'notes',
    properties: { id: { type: 'string', primary: true, ...(dialect === 'mongo' ? { fieldName: '_id' } : {}) }, body: { type: 'string' } },
  });
  return { Note };
}

async function pragma(orm: MikroORM, name: string): Promise<unknown> {
  const [row] = await orm.em.getConnection().execute<Record<string, unknown>[]>(`pragma ${name}`);
  return Object.values(row ?? {})[0];
}

describe('SQLite ORM bootstrap', () => {
  const directory = () => mkdtempSync(join(tmpdir(), 'runtime-orm-'));

  it('applies WAL, NORMAL sync and the busy timeout, and creates the tables', async () => {
    const path = join(directory(), 'nested', 'notes.sqlite');
    const { Note } = noteSchemas('sql');
    const database = await openSqliteOrm({ path, entities: [Note], busyTimeoutMs: 1234 });
    try {
      expect(existsSync(path)).toBe(true);
      expect(await pragma(database.orm, 'journal_mode')).toBe('wal');
      // 1 = NORMAL (the SQLite default would be 2 = FULL).
      expect(await pragma(database.orm, 'synchronous')).toBe(1);
      expect(await pragma(database.orm, 'busy_timeout')).toBe(1234);
      const em = database.orm.em.fork();
      em.create(Note, { id: 'n1', body: 'hello' });
      await em.flush();
      expect(await database.orm.em.fork().count(Note)).toBe(1);
      await expect(database.ping()).resolves.toBeUndefined();
      await expect(database.compact()).resolves.toBeUndefined();
    } finally {
      await database.orm.close();
    }
  });

  it('defaults the busy timeout to 5 s and keeps the rows across a reopen', async () => {
    const path = join(directory(), 'notes.sqlite');
    const { Note } = noteSchemas('sql');
    const first = await openSqliteOrm({ path, entities: [Note] });
    expect(await pragma(first.orm, 'busy_timeout')).toBe(5000);
    await first.orm.em.fork().insert(Note, { id: 'n1', body: 'kept' });
    await first.orm.close();
    const reopened = noteSchemas('sql');
    const second = await openSqliteOrm({ path, entities: [reopened.Note] });
    expect(await second.orm.em.fork().findOne(reopened.Note, { id: 'n1' })).toMatchObject({ body: 'kept' });
    await second.orm.close();
  });

  it('openOrm picks SQLite at DATA_DIR/<file> without MONGODB_URL and returns the entity model it registered', async () => {
    const dataDir = join(directory(), 'data');
    const database = await openOrm({ DATA_DIR: dataDir }, { entities: noteSchemas, sqliteFile: 'notes.sqlite' });
    try {
      expect(database.dialect).toBe('sql');
      expect(existsSync(join(dataDir, 'notes.sqlite'))).toBe(true);
      expect(await pragma(database.orm, 'journal_mode')).toBe('wal');
      await database.orm.em.fork().insert(database.entities.Note, { id: 'n1', body: 'hello' });
      expect(await database.orm.em.fork().count(database.entities.Note)).toBe(1);
    } finally {
      await database.orm.close();
    }
  });

  it('opens an in-memory database (no WAL there) for tests', async () => {
    const database = await openSqliteOrm({ path: ':memory:', entities: Object.values(noteSchemas('sql')) });
    expect(await pragma(database.orm, 'journal_mode')).toBe('memory');
    expect(await pragma(database.orm, 'synchronous')).toBe(1);
    await database.orm.close();
  });
});
