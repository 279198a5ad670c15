import type { DatabaseSync } from 'node:sqlite';
import { immediateTransaction } from '@support-graph/runtime';
import type { AiConfigKind } from '../../configs/ai-config-kinds.js';
import type { ConfigExperiment } from '../config-experiment.js';
import type { ExperimentStore } from '../experiment-store.js';

interface ExperimentRow {
  id: string;
  kind: string;
  control_label: string;
  candidate_label: string;
  candidate_share: number;
  control_version: number;
  candidate_version: number;
  started_by: string;
  started_at: string;
  stopped_by: string | null;
  stopped_at: string | null;
}

const experimentOf = (row: ExperimentRow): ConfigExperiment => ({
  id: row.id,
  kind: row.kind as AiConfigKind,
  controlLabel: row.control_label,
  candidateLabel: row.candidate_label,
  candidateShare: row.candidate_share,
  controlVersionAtStart: row.control_version,
  candidateVersionAtStart: row.candidate_version,
  startedBy: row.started_by,
  startedAt: row.started_at,
  stoppedBy: row.stopped_by,
  stoppedAt: row.stopped_at,
});

/** The `config_experiments` table (playground-database.ts); a unique partial index keeps one running per kind. */
export function createSqliteExperimentStore(db: DatabaseSync): ExperimentStore {
  const running = db.prepare('select * from config_experiments where kind = ? and stopped_at is null');
  const latest = db.prepare('select * from config_experiments where kind = ? order by stopped_at is null desc, started_at desc, rowid desc limit 1');
  const insert = db.prepare(
    `insert into config_experiments (id, kind, control_label, candidate_label, candidate_share, control_version, candidate_version, started_by, started_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const stop = db.prepare('update config_experiments set stopped_by = ?, stopped_at = ? where id = ?');
  return {
    async start(experiment) {
      return immediateTransaction(db, () => {
        if (running.get(experiment.kind)) return false;
        insert.run(
          experiment.id,
          experiment.kind,
          experiment.controlLabel,
          experiment.candidateLabel,
          experiment.candidateShare,
          experiment.controlVersionAtStart,
          experiment.candidateVersionAtStart,
          experiment.startedBy,
          experiment.startedAt,
        );
        return true;
      });
    },
    async stop(kind, stoppedBy, stoppedAt) {
      return immediateTransaction(db, () => {
        const row = running.get(kind) as ExperimentRow | undefined;
        if (!row) return undefined;
        stop.run(stoppedBy, stoppedAt, row.id);
        return experimentOf({ ...row, stopped_by: stoppedBy, stopped_at: stoppedAt });
      });
    },
    async latest(kind) {
      const row = latest.get(kind) as ExperimentRow | undefined;
      return row ? experimentOf(row) : undefined;
    },
  };
}
