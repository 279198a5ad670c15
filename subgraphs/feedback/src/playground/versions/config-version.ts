import type { AiConfigKind } from '../configs/ai-config-kinds.js';

/** One immutable, numbered version of a piece of AI behaviour. */
export interface ConfigVersion {
  readonly kind: AiConfigKind;
  /** 1, 2, 3… per kind. */
  readonly number: number;
  readonly content: string;
  /** The subject of whoever saved it. */
  readonly author: string;
  readonly message: string;
  /** Unified diff against the version before it (empty for version 1). */
  readonly diff: string;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
}

/** Where a label points now. */
export interface LabelPointer {
  readonly kind: AiConfigKind;
  readonly label: string;
  readonly version: number;
  /** Only admins may move a protected label (`production` is protected from the start). */
  readonly protected: boolean;
  readonly movedBy: string;
  readonly movedAt: string;
}

/** One move of a label, kept so a rollback can say where it came from. */
export interface LabelMove {
  readonly kind: AiConfigKind;
  readonly label: string;
  readonly from: number | null;
  readonly to: number;
  readonly movedBy: string;
  readonly movedAt: string;
  /** Set when an admin moved `production` past a failing gate. */
  readonly overrideReason: string | null;
}

/** The labels every kind has; custom ones are added by moving a new name. */
export const PRODUCTION_LABEL = 'production';
export const STAGING_LABEL = 'staging';
export const LABEL_NAME = /^[a-z][a-z0-9-]{0,39}$/u;
