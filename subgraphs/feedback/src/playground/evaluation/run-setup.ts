/**
 * Who writes the drafts of a run: the embedded local grounded responder (no key, no cost,
 * deterministic) or the LLM the platform is configured with (ANTHROPIC_* / OPENAI_*).
 */
export const RESPONDERS = ['EMBEDDED', 'CONFIGURED_LLM'] as const;
export type Responder = (typeof RESPONDERS)[number];

/** The model the embedded responder reports (as the agents name it in their usage). */
export const EMBEDDED_MODEL = 'local';

/**
 * Where a run's drafts retrieve from: the committed evaluation articles (support_agents/eval, the
 * same whatever the live base holds) or the platform's knowledge subgraph as it is now.
 */
export const KNOWLEDGE_SOURCES = ['COMMITTED', 'LIVE'] as const;
export type KnowledgeSource = (typeof KNOWLEDGE_SOURCES)[number];

/** What a run was drafted with; the gate compares only runs of the same setup, and only this one. */
export interface RunSetup {
  readonly responder: Responder;
  readonly knowledge: KnowledgeSource;
}

/** Runs the promotion gate compares: deterministic, free, on knowledge that does not move. */
export const GATE_SETUP: RunSetup = { responder: 'EMBEDDED', knowledge: 'COMMITTED' };
