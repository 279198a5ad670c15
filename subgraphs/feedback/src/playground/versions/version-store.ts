import type { AiConfigKind } from '../configs/ai-config-kinds.js';
import type { ConfigVersion, LabelMove, LabelPointer } from './config-version.js';

export interface NewConfigVersion {
  readonly kind: AiConfigKind;
  readonly content: string;
  readonly author: string;
  readonly message: string;
  readonly diff: string;
  /**
   * Stores the version under exactly this number or not at all (`VersionNumberTaken`): how the seed
   * claims version 1, so two replicas starting on an empty store do not both seed a kind.
   */
  readonly number?: number;
}

/** `append` with a `number` that is not the next one (another writer stored it first). */
export class VersionNumberTaken extends Error {
  constructor(kind: string, number: number) {
    super(`version ${number} of ${kind} is taken`);
    this.name = 'VersionNumberTaken';
  }
}

export interface NewLabelMove {
  readonly kind: AiConfigKind;
  readonly label: string;
  readonly to: number;
  readonly movedBy: string;
  readonly overrideReason?: string;
  /** Used only when the label does not exist yet. */
  readonly protectedWhenNew: boolean;
}

/** Versions and labels of the playground. Adapter: SQLite under DATA_DIR (adapters/). */
export interface VersionStore {
  /** Newest first. */
  versions(kind: AiConfigKind): Promise<ConfigVersion[]>;
  version(kind: AiConfigKind, number: number): Promise<ConfigVersion | undefined>;
  latest(kind: AiConfigKind): Promise<ConfigVersion | undefined>;
  /** Stores the next number of `kind`: two saves never get the same number. */
  append(version: NewConfigVersion): Promise<ConfigVersion>;
  labels(kind: AiConfigKind): Promise<LabelPointer[]>;
  label(kind: AiConfigKind, label: string): Promise<LabelPointer | undefined>;
  /** Points the label at `to` and records the move, in one transaction. */
  moveLabel(move: NewLabelMove): Promise<{ pointer: LabelPointer; move: LabelMove }>;
  /** Newest first. */
  labelMoves(kind: AiConfigKind, label: string): Promise<LabelMove[]>;
}
