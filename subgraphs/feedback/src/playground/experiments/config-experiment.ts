import type { AiConfigKind } from '../configs/ai-config-kinds.js';

/** The two arms of an experiment: the label in force (control) and the one tried on a share of tickets. */
export const EXPERIMENT_ARMS = ['control', 'candidate'] as const;
export type ExperimentArm = (typeof EXPERIMENT_ARMS)[number];

/**
 * An A/B experiment on one kind: tickets whose bucket (a hash of experiment id and ticket id, 0–99)
 * is below `candidateShare` get the candidate label's version, the others the control label's.
 * The arms follow their labels while it runs; the versions at start are kept for the record.
 */
export interface ConfigExperiment {
  readonly id: string;
  readonly kind: AiConfigKind;
  readonly controlLabel: string;
  readonly candidateLabel: string;
  /** 1–99: percent of tickets in the candidate arm. */
  readonly candidateShare: number;
  readonly controlVersionAtStart: number;
  readonly candidateVersionAtStart: number;
  readonly startedBy: string;
  /** ISO 8601, UTC. */
  readonly startedAt: string;
  readonly stoppedBy: string | null;
  readonly stoppedAt: string | null;
}

export const isRunning = (experiment: ConfigExperiment): boolean => experiment.stoppedAt === null;
