import { createHash } from 'node:crypto';
import type { LabelledText } from '@support-graph/support-agents';

/** Share of the labelled examples no model version ever trains on: the slice every version is judged on. */
export const HELD_OUT_SHARE = 0.2;

/**
 * Whether an example belongs to the held-out slice, decided by a hash of its text rather than a
 * shuffle: the same example falls on the same side in every retraining, so a newer version is never
 * judged on examples an older one learnt from, however much data arrives in between.
 */
export function isHeldOut(text: string, share = HELD_OUT_SHARE): boolean {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32 < share;
}

export interface TriageTrainingSplit {
  readonly train: LabelledText[];
  readonly heldOut: LabelledText[];
}

/**
 * The held-out slice comes from the labelled dataset when there is one: those labels are the
 * reference, and people's corrections are judged by whether they keep the reference answered (a
 * batch of wrong corrections cannot grade itself). Without a dataset (a team's own imported history)
 * it comes from the corrections themselves. Corrections always train otherwise.
 */
export function splitTrainingData(dataset: readonly LabelledText[], corrections: readonly LabelledText[], share = HELD_OUT_SHARE): TriageTrainingSplit {
  const reference = dataset.length > 0 ? dataset : corrections;
  const heldOut = reference.filter((example) => isHeldOut(example.text, share));
  const held = new Set(heldOut);
  return { train: [...dataset, ...corrections].filter((example) => !held.has(example)), heldOut };
}
