import type { CsatService } from './signals/csat-service.js';
import type { FeedbackStore } from './store/feedback-store.js';

/** The use cases every request of the feedback subgraph reaches. */
export interface FeedbackServices {
  readonly csat: CsatService;
  /** For the internal privacy fields (export, erasure). */
  readonly store: FeedbackStore;
}
