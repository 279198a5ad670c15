import { z } from 'zod';

const confidence = z.coerce.number().min(0).max(1);

/**
 * Thresholds of the triage cascade and the escalation agent (DESIGN.md §5). A stage's proposal is
 * accepted when its confidence reaches the stage's threshold; below every one the ticket escalates.
 */
export const triageSettings = {
  /** Rule confidence (set per rule in the YAML, default 1) at which the rules stage decides. */
  TRIAGE_RULES_THRESHOLD: confidence.default(0.5),
  /** Cosine similarity to the nearest trusted resolved ticket at which the similarity cache decides. */
  TRIAGE_CACHE_THRESHOLD: confidence.default(0.9),
  /** Calibrated classifier probability at which the ML stage decides; unset means the threshold training tuned. */
  TRIAGE_ML_THRESHOLD: confidence.optional(),
  /** Confidence the LLM stage reports at which it decides. */
  TRIAGE_LLM_THRESHOLD: confidence.default(0.7),
  /** A category meaning "outside what we answer": a stage proposing it escalates the ticket at once. Unset: none. */
  TRIAGE_OUT_OF_SCOPE_CATEGORY: z.string().min(1).optional(),
  /** Hours between scheduled triage retrainings (run only when people corrected or imported labels since the last); 0: only on request. */
  TRIAGE_RETRAIN_INTERVAL_HOURS: z.coerce.number().min(0).max(24 * 365).default(24),
  /** Escalation score (0–1, from triage doubt, sentiment and phrases) at which a ticket goes to a person. */
  ESCALATION_THRESHOLD: confidence.default(0.5),
};
