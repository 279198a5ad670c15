import { customerText } from '../customer-text.js';
import { LOCAL_USAGE } from '../local-usage.js';
import type { AgentContext, AgentOutput, SupportAgent } from '../support-agent.js';
import { detectLanguage } from './language-detection.js';
import type { LanguageResult } from './language-result.js';

export interface LanguageAgentOptions {
  /** Below this confidence the agent answers `fallbackLanguage` instead of its guess. Default: 0.15. */
  readonly minConfidence?: number;
  /** Answered when the guess is too weak. Default: `und` (callers then use their own default). */
  readonly fallbackLanguage?: string;
}

/** Detects the language the customer writes in, from stop words and character trigrams; no model, no network. */
export function createLanguageAgent(options: LanguageAgentOptions = {}): SupportAgent<LanguageResult> {
  const { minConfidence = 0.15, fallbackLanguage = 'und' } = options;
  return {
    name: 'language',
    version: '1.0.0',
    async run(context: AgentContext): Promise<AgentOutput<LanguageResult>> {
      const started = performance.now();
      const guess = detectLanguage(customerText(context.ticket));
      const accepted = guess.confidence >= minConfidence;
      return {
        result: accepted ? guess : { language: fallbackLanguage, confidence: guess.confidence },
        confidence: guess.confidence,
        stage: 'profiles',
        usage: LOCAL_USAGE,
        latencyMs: performance.now() - started,
        trace: [
          `best profile match: ${guess.language} (confidence ${guess.confidence})`,
          ...(accepted ? [] : [`below ${minConfidence}: answered ${fallbackLanguage}`]),
        ],
      };
    },
  };
}
