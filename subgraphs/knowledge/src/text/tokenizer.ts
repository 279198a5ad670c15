import { lightStem } from './light-stemmer.js';
import { STOPWORDS } from './stopwords.js';

/** Words in reading order: lower-cased, accents folded, apostrophes dropped ("don't" → "dont"). */
export function words(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '');
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Index and query terms: stemmed words without stopwords. Both sides must use this one function. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    if (!STOPWORDS.has(word)) terms.push(lightStem(word));
  }
  return terms;
}
