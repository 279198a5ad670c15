import type { Embedder } from '../embedder.js';
import { lightStem } from '../../text/light-stemmer.js';
import { normalised } from '../unit-vector.js';
import { STOPWORDS } from '../../text/stopwords.js';
import { CONCEPT_OF_TERM } from '../../text/support-synonyms.js';
import { words } from '../../text/tokenizer.js';

export interface LocalEmbedderOptions {
  /** Vector size; more dimensions mean fewer hash collisions and slower brute-force search. Default 384. */
  dimensions?: number;
}

/** Relative weights of the feature families, tuned on the banking77 held-out evaluation. */
const WEIGHT = { word: 1, bigram: 0.55, charGram: 0.22, concept: 0.7, stopword: 0.15 } as const;

/**
 * Deterministic embedder that needs no model file: hashed features (stemmed words, word bigrams,
 * character 3/4-grams, support-synonym concepts) projected by signed feature hashing into a
 * fixed-size vector. Character n-grams tolerate typos and morphology; concepts bridge paraphrases.
 */
export class LocalEmbedder implements Embedder {
  readonly modelId: string;
  readonly dimensions: number;

  constructor(options: LocalEmbedderOptions = {}) {
    this.dimensions = options.dimensions ?? 384;
    this.modelId = `local-hash-v1-${this.dimensions}`;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text));
  }

  embedOne(text: string): Float32Array {
    const features = new Map<string, number>();
    const add = (feature: string, weight: number) => features.set(feature, (features.get(feature) ?? 0) + weight);
    let previous: string | undefined;
    for (const word of words(text)) {
      if (STOPWORDS.has(word)) {
        add(`w:${word}`, WEIGHT.stopword);
        continue;
      }
      const stem = lightStem(word);
      add(`w:${stem}`, WEIGHT.word);
      const concept = CONCEPT_OF_TERM.get(stem);
      if (concept) add(concept, WEIGHT.concept);
      if (previous) add(`b:${previous} ${stem}`, WEIGHT.bigram);
      previous = stem;
      const padded = `<${word}>`;
      const grams = Math.max(1, padded.length * 2 - 5);
      for (let n = 3; n <= 4; n++) {
        for (let i = 0; i + n <= padded.length; i++) add(`g:${padded.slice(i, i + n)}`, WEIGHT.charGram / Math.sqrt(grams));
      }
    }
    const vector = new Float32Array(this.dimensions);
    for (const [feature, weight] of features) {
      const hash = fnv1a(feature);
      // Sublinear term frequency: the tenth mention of a word adds little.
      const value = Math.log1p(weight);
      vector[hash % this.dimensions]! += hash & 0x80000000 ? -value : value;
    }
    return normalised(vector);
  }
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
