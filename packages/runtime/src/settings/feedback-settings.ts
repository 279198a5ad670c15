import { z } from 'zod';

/** Settings of the feedback subgraph (docs/feedback.md). */
export const feedbackSettings = {
  /**
   * Key that signs CSAT survey links (HMAC-SHA256), at least 32 characters. Unset: a key generated on
   * first run under DATA_DIR/keys; set it when several feedback replicas must accept each other's links.
   */
  FEEDBACK_LINK_KEY: z.string().min(32).optional(),
  /** Days after resolution during which the customer may answer or change their CSAT answer. */
  FEEDBACK_CSAT_WINDOW_DAYS: z.coerce.number().int().positive().default(7),
};
