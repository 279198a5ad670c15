/**
 * Who writes the drafts of a run: the embedded local grounded responder (no key, no cost,
 * deterministic) or the LLM the platform is configured with (ANTHROPIC_* / OPENAI_*).
 */
export const RESPONDERS = ['EMBEDDED', 'CONFIGURED_LLM'] as const;
export type Responder = (typeof RESPONDERS)[number];

/** Runs the promotion gate compares: only like with like, and only the deterministic, free setup. */
export const GATE_RESPONDER: Responder = 'EMBEDDED';

/** The model the embedded responder reports (as the agents name it in their usage). */
export const EMBEDDED_MODEL = 'local';
