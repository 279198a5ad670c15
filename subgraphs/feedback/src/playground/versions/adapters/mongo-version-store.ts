import { claimNextMongoKey, isMongoDuplicateKey, type MongoDatabase } from '@support-graph/runtime';
import type { AiConfigKind } from '../../configs/ai-config-kinds.js';
import type { ConfigVersion, LabelMove, LabelPointer } from '../config-version.js';
import { VersionNumberTaken, type NewConfigVersion, type NewLabelMove, type VersionStore } from '../version-store.js';

const HIDE_ID = { projection: { _id: 0 } } as const;

type MoveDocument = LabelMove & { sequence: number };
type PointerDocument = LabelPointer & { sequence: number };

/**
 * Versions and labels on MongoDB (production, several feedback replicas). Without transactions
 * (a standalone server has none): a version's number and a label move's sequence are claimed by a
 * unique index, so two writers never get the same one and the loser retries on what the winner
 * wrote. The label moves are the record; the pointer document follows the newest move it has seen.
 * Versions and moves are only ever inserted, never updated.
 */
export async function createMongoVersionStore(db: MongoDatabase, now: () => Date = () => new Date()): Promise<VersionStore> {
  const versions = db.collection<ConfigVersion>('playground_config_versions');
  const labels = db.collection<PointerDocument>('playground_labels');
  const moves = db.collection<MoveDocument>('playground_label_moves');
  await Promise.all([
    versions.createIndex({ kind: 1, number: 1 }, { unique: true }),
    labels.createIndex({ kind: 1, label: 1 }, { unique: true }),
    moves.createIndex({ kind: 1, label: 1, sequence: 1 }, { unique: true }),
  ]);
  const latest = async (kind: AiConfigKind) => (await versions.find({ kind }, HIDE_ID).sort({ number: -1 }).limit(1).next()) ?? undefined;
  const pointerOf = ({ sequence: _sequence, ...pointer }: PointerDocument): LabelPointer => pointer;
  const moveOf = ({ sequence: _sequence, ...move }: MoveDocument): LabelMove => move;

  return {
    async versions(kind) {
      return versions.find({ kind }, HIDE_ID).sort({ number: -1 }).toArray();
    },
    async version(kind, number) {
      return (await versions.findOne({ kind, number }, HIDE_ID)) ?? undefined;
    },
    latest,
    append(draft: NewConfigVersion) {
      const { number: wanted, ...fields } = draft;
      return claimNextMongoKey(async () => {
        const next = ((await latest(draft.kind))?.number ?? 0) + 1;
        if (wanted !== undefined && wanted !== next) throw new VersionNumberTaken(draft.kind, wanted);
        const version: ConfigVersion = { ...fields, number: next, createdAt: now().toISOString() };
        await versions.insertOne({ ...version });
        return version;
      });
    },
    async labels(kind) {
      return (await labels.find({ kind }, HIDE_ID).sort({ label: 1 }).toArray()).map(pointerOf);
    },
    async label(kind, label) {
      const found = await labels.findOne({ kind, label }, HIDE_ID);
      return found ? pointerOf(found) : undefined;
    },
    async moveLabel(request: NewLabelMove) {
      const { kind, label } = request;
      // The move claims its place in the label's chain; the pointer is read before, for `from` and `protected`.
      const { move, pointerBefore } = await claimNextMongoKey(async () => {
        const last = await moves.find({ kind, label }, HIDE_ID).sort({ sequence: -1 }).limit(1).next();
        const before = await labels.findOne({ kind, label }, HIDE_ID);
        const claimed: MoveDocument = {
          kind,
          label,
          from: last?.to ?? before?.version ?? null,
          to: request.to,
          movedBy: request.movedBy,
          movedAt: now().toISOString(),
          overrideReason: request.overrideReason ?? null,
          sequence: (last?.sequence ?? 0) + 1,
        };
        await moves.insertOne({ ...claimed });
        return { move: claimed, pointerBefore: before };
      });
      const isProtected = pointerBefore?.protected ?? request.protectedWhenNew;
      const { movedBy, movedAt, sequence } = move;
      try {
        // Only a newer move replaces the pointer; a slower writer of an older move changes nothing.
        await labels.updateOne({ kind, label, sequence: { $lt: sequence } }, { $set: { version: request.to, movedBy, movedAt, sequence }, $setOnInsert: { protected: isProtected } }, { upsert: true });
      } catch (error) {
        if (!isMongoDuplicateKey(error)) throw error;
      }
      return { pointer: { kind, label, version: request.to, protected: isProtected, movedBy, movedAt }, move: moveOf(move) };
    },
    async labelMoves(kind, label) {
      return (await moves.find({ kind, label }, HIDE_ID).sort({ sequence: -1 }).toArray()).map(moveOf);
    },
  };
}
