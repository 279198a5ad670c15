import type { LlmProvider, ModelChoice } from '@support-graph/support-agents';

/**
 * The LLM the platform is configured with (ANTHROPIC_* / OPENAI_*), as the playground uses it:
 * drafting for runs with the `CONFIGURED_LLM` responder, and the LLM rubric grader. Absent when no
 * key is set: then neither is offered.
 */
export interface ConfiguredLlm {
  readonly provider: LlmProvider;
  /** The model first in line, as runs record it: `anthropic/claude-sonnet-4-6`, `openai/gpt-4.1-mini`. */
  readonly model: string;
  /**
   * The same settings with a `model` version's choice first in line (a run of that version).
   * Throws when the chosen vendor has no key here.
   */
  withChoice(choice: Exclude<ModelChoice, { provider: 'embedded' }>): ConfiguredLlm;
}
