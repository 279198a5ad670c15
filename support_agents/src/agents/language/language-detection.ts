import { wordTokens } from '../../text/word-tokens.js';
import { LANGUAGE_PROFILE_SOURCES } from './language-profiles.js';

export interface LanguageGuess {
  /** BCP 47 primary subtag, or `und` (undetermined) when the text has no words. */
  readonly language: string;
  /** 0–1: how clearly the best language beat the runner-up, discounted for very short texts. */
  readonly confidence: number;
  /** Which identifier answered when several are combined (`profiles` when the model was unsure or unavailable). */
  readonly identifiedBy?: string;
}

interface CompiledProfile {
  readonly language: string;
  readonly trigrams: ReadonlyMap<string, number>;
  readonly trigramNorm: number;
}

/** Share of the score that comes from stop words; trigrams decide when a text has few of them. */
const STOP_WORD_WEIGHT = 0.6;
/** Texts shorter than this many words get proportionally lower confidence: three words prove little. */
const CONFIDENT_WORD_COUNT = 5;

function trigramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of wordTokens(text)) {
    if (/^\d+$/.test(word)) continue;
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const trigram = padded.slice(i, i + 3);
      counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
    }
  }
  return counts;
}

function norm(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count * count;
  return Math.sqrt(sum);
}

const PROFILES: readonly CompiledProfile[] = LANGUAGE_PROFILE_SOURCES.map(({ language, sample }) => {
  const trigrams = trigramCounts(sample);
  return { language, trigrams, trigramNorm: norm(trigrams) };
});

/** Stop word → languages it belongs to, each weighted by 1 / (number of languages sharing it). */
const STOP_WORDS: ReadonlyMap<string, ReadonlyMap<string, number>> = (() => {
  const owners = new Map<string, string[]>();
  for (const { language, stopWords } of LANGUAGE_PROFILE_SOURCES) {
    for (const word of stopWords.split(' ')) owners.set(word, [...(owners.get(word) ?? []), language]);
  }
  return new Map([...owners].map(([word, languages]) => [word, new Map(languages.map((l) => [l, 1 / languages.length]))]));
})();

export const DETECTABLE_LANGUAGES: readonly string[] = PROFILES.map((profile) => profile.language);

/** Scores every known language by stop-word hits and trigram cosine similarity, and names the best. */
export function detectLanguage(text: string): LanguageGuess {
  const words = wordTokens(text).filter((word) => !/^\d+$/.test(word));
  if (words.length === 0) return { language: 'und', confidence: 0 };

  const stopScores = new Map<string, number>();
  for (const word of words) {
    for (const [language, weight] of STOP_WORDS.get(word) ?? []) {
      stopScores.set(language, (stopScores.get(language) ?? 0) + weight);
    }
  }
  const trigrams = trigramCounts(text);
  const textNorm = norm(trigrams);

  const scores = PROFILES.map((profile) => {
    let dot = 0;
    for (const [trigram, count] of trigrams) dot += count * (profile.trigrams.get(trigram) ?? 0);
    const cosine = textNorm === 0 ? 0 : dot / (textNorm * profile.trigramNorm);
    const stopShare = (stopScores.get(profile.language) ?? 0) / words.length;
    return { language: profile.language, score: STOP_WORD_WEIGHT * stopShare + (1 - STOP_WORD_WEIGHT) * cosine };
  }).sort((a, b) => b.score - a.score);

  const [best, second] = scores;
  if (!best || best.score === 0) return { language: 'und', confidence: 0 };
  const margin = (best.score - (second?.score ?? 0)) / best.score;
  const lengthFactor = Math.min(1, words.length / CONFIDENT_WORD_COUNT);
  return { language: best.language, confidence: round(Math.min(1, margin * 2) * lengthFactor) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
