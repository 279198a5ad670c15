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
