import type { AiConfigExperiments } from './playground/experiments/ai-config-experiments.js';
import type { PlaygroundService } from './playground/playground-service.js';
import type { AnalyticsService } from './analytics/analytics-service.js';
import type { AiWorkRatings } from './signals/ai-work-ratings.js';
import type { CsatService } from './signals/csat-service.js';
import type { HelpPageSignals } from './signals/help-page-signals.js';
import type { FeedbackStore } from './store/feedback-store.js';

/** The use cases every request of the feedback subgraph reaches. */
export interface FeedbackServices {
  readonly csat: CsatService;
  /** Versions, labels, datasets and evaluation runs of AI behaviour (playground/). */
  readonly playground: PlaygroundService;
  /** A/B experiments on the configuration the agents follow (playground/experiments/). */
  readonly experiments: AiConfigExperiments;
  readonly ratings: AiWorkRatings;
  readonly help: HelpPageSignals;
  readonly analytics: AnalyticsService;
  /** For the internal privacy fields (export, erasure). */
  readonly store: FeedbackStore;
}
