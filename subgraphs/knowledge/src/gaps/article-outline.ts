import { redactPii } from '@support-graph/runtime';
import { STOPWORDS } from '../text/stopwords.js';
import { words } from '../text/tokenizer.js';

/** Words that say nothing about the topic of a support request. */
const FILLER = new Set(['please', 'help', 'hi', 'hello', 'thanks', 'thank', 'still', 'can', 'cant', 'get', 'got', 'need', 'want', 'why', 'yet', 'one']);

/** The words most of a cluster's tickets share, most frequent first: what the gap is about. */
export function sharedKeywords(texts: readonly string[], max = 5): string[] {
  const documentFrequency = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(words(text))) {
      if (word.length < 3 || STOPWORDS.has(word) || FILLER.has(word) || /^\d+$/.test(word)) continue;
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
  }
  return [...documentFrequency]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([word]) => word);
}

export interface ArticleOutline {
  readonly title: string;
  readonly sections: readonly string[];
}

/**
 * A first outline for the article a lead would write: a working title from the shared keywords,
 * the questions as customers put them (subjects, PII redacted) and the sections a help article
 * has. A starting point for a person, not an article: nothing here is invented as an answer.
 */
export function draftOutline(keywords: readonly string[], subjects: readonly string[]): ArticleOutline {
  const topic = keywords.length > 0 ? keywords.slice(0, 3).join(', ') : 'this question';
  const questions = [...new Set(subjects.map((subject) => redactPii(subject).trim()).filter(Boolean))].slice(0, 3);
  return {
    title: `Help with ${topic}`,
    sections: [
      `What customers ask: ${questions.map((question) => `“${question}”`).join('; ')}`,
      `Why it happens (${topic})`,
      'What to do, step by step',
      'What to check before contacting support',
      'When to contact support, and what to include',
    ],
  };
}
