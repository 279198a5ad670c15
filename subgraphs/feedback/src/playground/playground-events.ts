/**
 * The playground's event contract (dependency-free): a label moved, so agents reading that label
 * re-read the version it points at. Carries ids and numbers only, never document text.
 */
export const PLAYGROUND_LABEL_MOVED = 'playground.label_moved';

export interface PlaygroundLabelMovedPayload {
  readonly kind: string;
  readonly label: string;
  readonly from: number | null;
  readonly to: number;
}

/**
 * An experiment of a kind started or stopped: agents re-read `aiConfigExperiment(kind)` and the
 * versions of its two labels. Ids and numbers only.
 */
export const PLAYGROUND_EXPERIMENT_CHANGED = 'playground.experiment_changed';

export interface PlaygroundExperimentChangedPayload {
  readonly kind: string;
  readonly experimentId: string;
  readonly running: boolean;
  readonly candidateShare: number;
}
