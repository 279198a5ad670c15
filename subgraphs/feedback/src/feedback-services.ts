import type { PlaygroundService } from './playground/playground-service.js';
import type { CsatService } from './signals/csat-service.js';
import type { FeedbackStore } from './store/feedback-store.js';

/** The use cases every request of the feedback subgraph reaches. */
export interface FeedbackServices {
  readonly csat: CsatService;
  /** Versions, labels, datasets and evaluation runs of AI behaviour (playground/). */
  readonly playground: PlaygroundService;
  /** For the internal privacy fields (export, erasure). */
  readonly store: FeedbackStore;
}
