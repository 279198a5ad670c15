import type { ContextWithEarlierResults } from './earlier-results.js';
import { DEFAULT_LANGUAGE_IDENTIFIER } from './language/default-language-identifier.js';
import { ticketLanguage } from './language/ticket-language.js';

/** Below this the guess is no better than the caller's default language. */
const MIN_CONFIDENCE = 0.15;

/** The customer's language: the language agent's earlier answer, else a fresh identification; `undefined` when unsure. */
export async function customerLanguage(context: ContextWithEarlierResults): Promise<string | undefined> {
  const earlier = context.earlier?.language?.result.language;
  if (earlier && earlier !== 'und') return earlier;
  const guess = await ticketLanguage(context.ticket, DEFAULT_LANGUAGE_IDENTIFIER);
  return guess.confidence >= MIN_CONFIDENCE ? guess.language : undefined;
}
