import type { RetrievedPassage } from '../../llm/llm-provider.js';
import { contentTerms } from '../../llm/adapters/passage-sentence-selection.js';

/** A reply sentence counts as supported when this share of its content words is in the cited passages. */
const SUPPORTED_SHARE = 0.6;

function termsOf(passages: readonly RetrievedPassage[]): Set<string> {
  const terms = new Set<string>();
  for (const passage of passages) for (const term of contentTerms(`${passage.title} ${passage.text}`)) terms.add(term);
  return terms;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => contentTerms(sentence).size > 0);
}

/**
 * Share of the answer's sentences whose words come from the cited passages: the check a reply
 * from a paid model must pass before it may be sent automatically (1 for an empty answer).
 */
export function supportedShare(answer: string, cited: readonly RetrievedPassage[]): number {
  const sentences = sentencesOf(answer);
  if (sentences.length === 0) return 1;
  const available = termsOf(cited);
  const supported = sentences.filter((sentence) => {
    const terms = [...contentTerms(sentence)];
    return terms.filter((term) => available.has(term)).length / terms.length >= SUPPORTED_SHARE;
  });
  return supported.length / sentences.length;
}

/** Share of the question's content words the cited passages contain: how well they match what was asked. */
export function relevance(question: string, cited: readonly RetrievedPassage[]): number {
  const asked = contentTerms(question);
  if (asked.size === 0 || cited.length === 0) return 0;
  const available = termsOf(cited);
  return [...asked].filter((term) => available.has(term)).length / asked.size;
}

/** The passage sentence that the answer draws on most: shown with the citation. */
export function quoteFor(passage: RetrievedPassage, answer: string): string {
  const used = contentTerms(answer);
  let best = '';
  let bestShared = -1;
  for (const sentence of passage.text.split(/(?<=[.!?])\s+|\n+/)) {
    const clean = sentence.replace(/^#+\s*|\*\*/g, '').trim();
    if (clean === '') continue;
    const shared = [...contentTerms(clean)].filter((term) => used.has(term)).length;
    if (shared > bestShared) [best, bestShared] = [clean, shared];
  }
  return best;
}
