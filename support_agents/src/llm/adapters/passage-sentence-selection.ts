import { wordTokens } from '../../text/word-tokens.js';
import type { RetrievedPassage } from '../llm-provider.js';
import { isAssistantDirected } from './assistant-directed-text.js';

export interface SentenceSelectionOptions {
  /** Content words a passage must share with the question to count as relevant. Default: 2. */
  readonly minSharedTerms?: number;
  /** Share of the question's content words a passage must contain to count as relevant. Default: 0.2. */
  readonly minQuestionCoverage?: number;
  /** Most sentences in one answer. Default: 4. */
  readonly maxSentences?: number;
  /** A sentence must score at least this share of the best sentence's score. Default: 0.4. */
  readonly minRelativeScore?: number;
}

export interface SelectedSentence {
  readonly text: string;
  readonly passageId: string;
}

interface CandidateSentence extends SelectedSentence {
  readonly terms: ReadonlySet<string>;
  readonly passageRank: number;
  /** Index of the sentence in its passage. */
  readonly position: number;
}

/*
 * Function words in the languages the responder phrases cover; they match everything and say nothing
 * about relevance. Short on purpose: content words carry the signal, a longer list adds little.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can could did do does for from had has have how i if in into is it its ' +
    'me my no not of on or our so than that the their them then there these they this to too us was we ' +
    'were what when where which who why will with would you your yours please hi hello thanks thank ' +
    'le la les un une des du de et est en pour pas que qui dans sur mon ma mes vous nous je il elle ' +
    'el los las y es por para con no que mi mis su usted yo ' +
    'der die das und ist ein eine nicht mit für ich sie wir mein meine'
  ).split(' '),
);

/** Content words of `text`, crudely stemmed so "refunds", "refunded" and "refund" meet. */
export function contentTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of wordTokens(text)) {
    if (STOP_WORDS.has(token) || (token.length < 3 && !/\d/.test(token))) continue;
    terms.add(stem(token));
  }
  return terms;
}

function stem(token: string): string {
  if (token.length <= 4) return token;
  return token.replace(/(?:'s|ies|ing|ed|es|s)$/, (suffix) => (suffix === 'ies' ? 'y' : ''));
}

/**
 * Picks the passage sentences that best answer `question`, in reading order (better-retrieved
 * passage first, then position in the passage) so the answer reads like the source. Passages that
 * share too little with the question are ignored entirely. A sentence scores the rarity-weighted
 * question words it contains, plus a bonus when the question asks for a quantity or a time and the
 * sentence has a number; sentences scoring under `minRelativeScore` of the best one are left out,
 * as are near-duplicates of a sentence already taken and sentences aimed at an AI. Empty when
 * nothing is relevant.
 */
export function selectAnswerSentences(
  question: string,
  passages: readonly RetrievedPassage[],
  options: SentenceSelectionOptions = {},
): SelectedSentence[] {
  const minSharedTerms = options.minSharedTerms ?? 2;
  const minQuestionCoverage = options.minQuestionCoverage ?? 0.2;
  const maxSentences = options.maxSentences ?? 4;
  const minRelativeScore = options.minRelativeScore ?? 0.4;

  const questionTerms = contentTerms(question);
  if (questionTerms.size === 0) return [];
  const requiredShared = Math.min(minSharedTerms, questionTerms.size);

  const candidates: CandidateSentence[] = [];
  [...passages]
    .sort((a, b) => b.score - a.score)
    .forEach((passage, passageRank) => {
      const shared = countShared(contentTerms(`${passage.title} ${passage.text}`), questionTerms);
      if (shared < requiredShared || shared / questionTerms.size < minQuestionCoverage) return;
      splitSentences(passage.text).forEach((text, position) => {
        if (isAssistantDirected(text)) return;
        candidates.push({ text, passageId: passage.id, passageRank, position, terms: contentTerms(text) });
      });
    });

  const weight = inverseDocumentFrequency(candidates, questionTerms);
  const wantsQuantity = ASKS_FOR_QUANTITY.test(question);
  const scored = candidates
    .map((candidate) => {
      let score = 0;
      for (const term of candidate.terms) score += weight.get(term) ?? 0;
      // "How long…?" is answered by "…within 5 business days", whatever words surround the number.
      if (score > 0 && wantsQuantity && /\d/.test(candidate.text)) score += QUANTITY_BONUS;
      return { candidate, score };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.candidate.passageRank - b.candidate.passageRank);

  const best = scored[0]?.score ?? 0;
  const chosen: CandidateSentence[] = [];
  for (const { candidate, score } of scored) {
    if (chosen.length >= maxSentences || score < best * minRelativeScore) break;
    if (chosen.some((taken) => overlapShare(candidate.terms, taken.terms) >= 0.8)) continue;
    chosen.push(candidate);
  }
  return chosen
    .sort((a, b) => a.passageRank - b.passageRank || a.position - b.position)
    .map(({ text, passageId }) => ({ text, passageId }));
}

/** Questions about an amount, a duration or a date, in the languages the stop words cover. */
const ASKS_FOR_QUANTITY =
  /\b(?:how (?:long|many|much|soon|often)|when|what time|combien|quand|cu[aá]nto|cu[aá]ndo|wie (?:lange|viel|viele)|wann)\b/i;
/** About one rare question word's weight: enough to lift a sentence with the number asked for. */
const QUANTITY_BONUS = 1;

/** Share of `terms` already present in `other` (1 means nothing new). */
function overlapShare(terms: ReadonlySet<string>, other: ReadonlySet<string>): number {
  if (terms.size === 0) return 1;
  let shared = 0;
  for (const term of terms) if (other.has(term)) shared++;
  return shared / terms.size;
}

function countShared(terms: ReadonlySet<string>, questionTerms: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of questionTerms) if (terms.has(term)) shared++;
  return shared;
}

/** Weight of each question word: words found in few candidate sentences discriminate best. */
function inverseDocumentFrequency(
  candidates: readonly CandidateSentence[],
  questionTerms: ReadonlySet<string>,
): Map<string, number> {
  const weight = new Map<string, number>();
  for (const term of questionTerms) {
    const frequency = candidates.filter((c) => c.terms.has(term)).length;
    if (frequency > 0) weight.set(term, Math.log(1 + candidates.length / frequency));
  }
  return weight;
}

/** Sentences of a passage: split after . ! ? and at line breaks; fragments under three words are dropped. */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim().replace(/^[-*•]\s*/, ''))
    .filter((sentence) => sentence.split(/\s+/).length >= 3);
}
