import { customerText } from './customer-text.js';
import type { ContextWithEarlierResults } from './earlier-results.js';
import { detectLanguage } from './language/language-detection.js';

/** Below this the guess is no better than the caller's default language. */
const MIN_CONFIDENCE = 0.15;

/** The customer's language: the language agent's earlier answer, else a fresh detection; `undefined` when unsure. */
export function customerLanguage(context: ContextWithEarlierResults): string | undefined {
  const earlier = context.earlier?.language?.result.language;
  if (earlier && earlier !== 'und') return earlier;
  const guess = detectLanguage(customerText(context.ticket));
  return guess.confidence >= MIN_CONFIDENCE ? guess.language : undefined;
}
