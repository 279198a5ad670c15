import type { DatabaseSync } from 'node:sqlite';
import type { EvaluationRun, ItemResult, RunSummary } from '../evaluation-run.js';
import type { KnowledgeSource, Responder } from '../run-setup.js';
import type { RunStore } from '../run-store.js';

interface RunRow {
  id: string;
  kind: string;
  version: number;
  dataset: string;
  dataset_version: number;
  summary: string;
  items: string;
  created_by: string;
  created_at: string;
  responder: Responder;
  knowledge: KnowledgeSource;
  model: string;
  rubric_version: number | null;
}

const runOf = (row: RunRow, withItems: boolean): EvaluationRun => ({
  id: row.id,
  kind: row.kind,
  version: row.version,
  dataset: row.dataset,
  datasetVersion: row.dataset_version,
  responder: row.responder,
  knowledge: row.knowledge,
  model: row.model,
  rubricVersion: row.rubric_version,
  summary: JSON.parse(row.summary) as RunSummary,
  items: withItems ? (JSON.parse(row.items) as ItemResult[]) : [],
  createdBy: row.created_by,
  createdAt: row.created_at,
});

export function createSqliteRunStore(db: DatabaseSync): RunStore {
  const insert = db.prepare(
    `insert into evaluation_runs (id, kind, version, dataset, dataset_version, graders, summary, items, created_by, created_at, responder, knowledge, model, rubric_version)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare('select * from evaluation_runs where id = ?');
  const latest = db.prepare('select * from evaluation_runs where kind = ? and version = ? and dataset = ? and responder = ? and knowledge = ? order by created_at desc, rowid desc limit 1');
  const listed = db.prepare(
    `select * from evaluation_runs where (?1 is null or kind = ?1) and (?2 is null or version = ?2) and (?3 is null or dataset = ?3)
     order by created_at desc, rowid desc limit ?4`,
  );
  return {
    async save(run) {
      insert.run(
        run.id,
        run.kind,
        run.version,
        run.dataset,
        run.datasetVersion,
        JSON.stringify(Object.keys(run.summary.graders)),
        JSON.stringify(run.summary),
        JSON.stringify(run.items),
        run.createdBy,
        run.createdAt,
        run.responder,
        run.knowledge,
        run.model,
        run.rubricVersion,
      );
    },
    async run(id) {
      const row = byId.get(id) as RunRow | undefined;
      return row ? runOf(row, true) : undefined;
    },
    async list(filter, first) {
      return (listed.all(filter.kind ?? null, filter.version ?? null, filter.dataset ?? null, first) as unknown as RunRow[]).map((row) => runOf(row, false));
    },
    async latestFor(kind, version, dataset, setup) {
      const row = latest.get(kind, version, dataset, setup.responder, setup.knowledge) as RunRow | undefined;
      return row ? runOf(row, true) : undefined;
    },
  };
}
