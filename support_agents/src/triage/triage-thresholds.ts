import { z } from 'zod';

/**
 * Minimum confidence at which each stage's proposal is accepted; below every one the ticket is
 * escalated. Validated once at start-up and passed to the cascade.
 */
export const triageThresholdsSchema = z.object({
  /** Rule confidence (set per rule in the YAML, default 1). Default 0.5. */
  rules: z.number().min(0).max(1).default(0.5),
  /** Cosine similarity to the nearest trusted resolved ticket. Default 0.9. */
  cache: z.number().min(0).max(1).default(0.9),
  /** Calibrated classifier probability. Default 0.35 (training tunes it on a validation slice). */
  ml: z.number().min(0).max(1).default(0.35),
  /** Confidence the model reports. Default 0.7. */
  llm: z.number().min(0).max(1).default(0.7),
});

export type TriageThresholds = z.infer<typeof triageThresholdsSchema>;
