import type { DatabaseSync } from 'node:sqlite';
import { openSqliteFile } from '@support-graph/runtime';

/*
 * Versions, label moves and runs are append-only history: the triggers refuse edits, so "immutable"
 * holds for every writer that goes through SQLite. Only a label's current pointer is updated.
 */
const SCHEMA = `
  create table if not exists config_versions (
    kind text not null, number integer not null, content text not null, author text not null,
    message text not null, diff text not null, created_at text not null,
    primary key (kind, number)
  );
  create trigger if not exists config_versions_immutable before update on config_versions
    begin select raise(abort, 'versions are immutable'); end;
  create table if not exists config_labels (
    kind text not null, label text not null, version integer not null, protected integer not null,
    moved_by text not null, moved_at text not null,
    primary key (kind, label)
  );
  create table if not exists config_label_moves (
    sequence integer primary key, kind text not null, label text not null, from_version integer,
    to_version integer not null, moved_by text not null, moved_at text not null, override_reason text
  );
  create table if not exists datasets (
    name text not null, version integer not null, source text not null, items text not null,
    created_by text not null, created_at text not null,
    primary key (name, version)
  );
  create table if not exists evaluation_runs (
    id text primary key, kind text not null, version integer not null, dataset text not null,
    dataset_version integer not null, graders text not null, summary text not null, items text not null,
    created_by text not null, created_at text not null, responder text not null default 'EMBEDDED',
    knowledge text not null default 'COMMITTED', model text not null default 'local', rubric_version integer
  );
  create table if not exists config_experiments (
    id text primary key, kind text not null, control_label text not null, candidate_label text not null,
    candidate_share integer not null, control_version integer not null, candidate_version integer not null,
    started_by text not null, started_at text not null, stopped_by text, stopped_at text
  );
  create unique index if not exists config_experiments_one_running on config_experiments (kind) where stopped_at is null;
`;

/** Columns added after the first release: older files get them, their runs were all embedded, on the committed articles, without a rubric. */
const ADDED_RUN_COLUMNS = {
  responder: "responder text not null default 'EMBEDDED'",
  knowledge: "knowledge text not null default 'COMMITTED'",
  model: "model text not null default 'local'",
  rubric_version: 'rubric_version integer',
} as const;

function addMissingRunColumns(db: DatabaseSync): void {
  const existing = new Set((db.prepare('pragma table_info(evaluation_runs)').all() as { name: string }[]).map((column) => column.name));
  for (const [name, definition] of Object.entries(ADDED_RUN_COLUMNS)) {
    if (!existing.has(name)) db.exec(`alter table evaluation_runs add column ${definition}`);
  }
}

/** The playground's SQLite file (DATA_DIR/feedback/playground.sqlite, or ':memory:' in tests). */
export function openPlaygroundDatabase(path: string): DatabaseSync {
  const db = openSqliteFile(path);
  db.exec(SCHEMA);
  addMissingRunColumns(db);
  return db;
}
