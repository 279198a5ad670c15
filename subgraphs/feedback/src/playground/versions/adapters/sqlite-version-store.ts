import type { DatabaseSync } from 'node:sqlite';
import { immediateTransaction } from '@support-graph/runtime';
import type { AiConfigKind } from '../../configs/ai-config-kinds.js';
import type { ConfigVersion, LabelMove, LabelPointer } from '../config-version.js';
import { VersionNumberTaken, type NewConfigVersion, type NewLabelMove, type VersionStore } from '../version-store.js';

interface VersionRow {
  kind: string;
  number: number;
  content: string;
  author: string;
  message: string;
  diff: string;
  created_at: string;
}
interface LabelRow {
  kind: string;
  label: string;
  version: number;
  protected: number;
  moved_by: string;
  moved_at: string;
}
interface MoveRow {
  kind: string;
  label: string;
  from_version: number | null;
  to_version: number;
  moved_by: string;
  moved_at: string;
  override_reason: string | null;
}

const versionOf = (row: VersionRow): ConfigVersion => ({
  kind: row.kind as AiConfigKind,
  number: row.number,
  content: row.content,
  author: row.author,
  message: row.message,
  diff: row.diff,
  createdAt: row.created_at,
});
const pointerOf = (row: LabelRow): LabelPointer => ({
  kind: row.kind as AiConfigKind,
  label: row.label,
  version: row.version,
  protected: row.protected === 1,
  movedBy: row.moved_by,
  movedAt: row.moved_at,
});
const moveOf = (row: MoveRow): LabelMove => ({
  kind: row.kind as AiConfigKind,
  label: row.label,
  from: row.from_version,
  to: row.to_version,
  movedBy: row.moved_by,
  movedAt: row.moved_at,
  overrideReason: row.override_reason,
});

export function createSqliteVersionStore(db: DatabaseSync, now: () => Date = () => new Date()): VersionStore {
  const select = {
    versions: db.prepare('select * from config_versions where kind = ? order by number desc'),
    version: db.prepare('select * from config_versions where kind = ? and number = ?'),
    latest: db.prepare('select * from config_versions where kind = ? order by number desc limit 1'),
    labels: db.prepare('select * from config_labels where kind = ? order by label'),
    label: db.prepare('select * from config_labels where kind = ? and label = ?'),
    moves: db.prepare('select * from config_label_moves where kind = ? and label = ? order by sequence desc'),
  };
  const insertVersion = db.prepare(
    'insert into config_versions (kind, number, content, author, message, diff, created_at) values (?, ?, ?, ?, ?, ?, ?)',
  );
  const upsertLabel = db.prepare(
    `insert into config_labels (kind, label, version, protected, moved_by, moved_at) values (?, ?, ?, ?, ?, ?)
     on conflict (kind, label) do update set version = excluded.version, moved_by = excluded.moved_by, moved_at = excluded.moved_at`,
  );
  const insertMove = db.prepare(
    'insert into config_label_moves (kind, label, from_version, to_version, moved_by, moved_at, override_reason) values (?, ?, ?, ?, ?, ?, ?)',
  );

  return {
    async versions(kind) {
      return (select.versions.all(kind) as unknown as VersionRow[]).map(versionOf);
    },
    async version(kind, number) {
      const row = select.version.get(kind, number) as VersionRow | undefined;
      return row ? versionOf(row) : undefined;
    },
    async latest(kind) {
      const row = select.latest.get(kind) as VersionRow | undefined;
      return row ? versionOf(row) : undefined;
    },
    async append(draft: NewConfigVersion) {
      return immediateTransaction(db, () => {
        const latest = select.latest.get(draft.kind) as VersionRow | undefined;
        const next = (latest?.number ?? 0) + 1;
        if (draft.number !== undefined && draft.number !== next) throw new VersionNumberTaken(draft.kind, draft.number);
        const row: VersionRow = {
          kind: draft.kind,
          number: next,
          content: draft.content,
          author: draft.author,
          message: draft.message,
          diff: draft.diff,
          created_at: now().toISOString(),
        };
        insertVersion.run(row.kind, row.number, row.content, row.author, row.message, row.diff, row.created_at);
        return versionOf(row);
      });
    },
    async labels(kind) {
      return (select.labels.all(kind) as unknown as LabelRow[]).map(pointerOf);
    },
    async label(kind, label) {
      const row = select.label.get(kind, label) as LabelRow | undefined;
      return row ? pointerOf(row) : undefined;
    },
    async moveLabel(move: NewLabelMove) {
      return immediateTransaction(db, () => {
        const before = select.label.get(move.kind, move.label) as LabelRow | undefined;
        const movedAt = now().toISOString();
        upsertLabel.run(move.kind, move.label, move.to, move.protectedWhenNew ? 1 : 0, move.movedBy, movedAt);
        insertMove.run(move.kind, move.label, before?.version ?? null, move.to, move.movedBy, movedAt, move.overrideReason ?? null);
        const pointer = pointerOf(select.label.get(move.kind, move.label) as unknown as LabelRow);
        return {
          pointer,
          move: { kind: move.kind, label: move.label, from: before?.version ?? null, to: move.to, movedBy: move.movedBy, movedAt, overrideReason: move.overrideReason ?? null },
        };
      });
    },
    async labelMoves(kind, label) {
      return (select.moves.all(kind, label) as unknown as MoveRow[]).map(moveOf);
    },
  };
}
