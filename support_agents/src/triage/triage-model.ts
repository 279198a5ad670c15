import { TfidfVectorizer, type TfidfVectorizerJson, type TfidfVectorizerOptions } from '../text/tfidf-vectorizer.js';
import { LinearClassifier, type LinearClassifierJson, type LinearClassifierOptions } from './linear-classifier.js';
import { SimilarityCache, type SimilarityCacheJson, type SimilarityCacheOptions } from './similarity-cache.js';
import { fitSoftmaxScale, softmaxTop } from './softmax-calibration.js';
import { stratifiedSplit } from './stratified-split.js';
import { tuneConfidenceThreshold } from './threshold-tuning.js';
import type { LabelledText } from './triage-types.js';

export interface TriageModelOptions {
  vectorizer?: TfidfVectorizerOptions;
  classifier?: LinearClassifierOptions;
  cache?: SimilarityCacheOptions;
  /** Share of the training data (per label) held out to calibrate the classifier and tune its threshold. Default 0.1. */
  validationShare?: number;
  /** Seed of the validation split and of training order. Default 1. */
  seed?: number;
  /** Label of out-of-scope examples (they should be escalated). Default: none. */
  outOfScopeLabel?: string;
  /**
   * Weight of out-of-scope recall against in-scope accuracy when tuning the ml threshold. Default 0.25:
   * answering a ticket that was out of scope costs a quarter of what wrongly escalating an answerable one does
   * (1 gives balanced accuracy, which on CLINC150 escalated 15 % of answerable tickets).
   */
  outOfScopeWeight?: number;
}

export interface TriageModelJson {
  kind: 'triage-model';
  version: 1;
  vectorizer: TfidfVectorizerJson;
  classifier: LinearClassifierJson;
  cache: SimilarityCacheJson;
  softmaxScale: number;
  /** The ml threshold tuned on the validation slice; use it as the cascade's `ml` threshold. */
  mlThreshold: number;
}

/** Everything the learnable stages need, trained together and persisted as one JSON document. */
export interface TriageModel {
  vectorizer: TfidfVectorizer;
  classifier: LinearClassifier;
  cache: SimilarityCache;
  softmaxScale: number;
  mlThreshold: number;
}

function fitClassifier(examples: readonly LabelledText[], options: TriageModelOptions) {
  const vectorizer = TfidfVectorizer.fit(examples.map((e) => e.text), options.vectorizer);
  const vectors = examples.map((e) => vectorizer.vectorize(e.text));
  const classifier = LinearClassifier.train(vectors, examples.map((e) => e.label), vectorizer.dimension, {
    seed: options.seed,
    ...options.classifier,
  });
  return { vectorizer, vectors, classifier };
}

/**
 * Calibrates and tunes on a held-out slice (softmax temperature, ml threshold), then refits the
 * vectorizer and classifier on all examples and fills the similarity cache with them in order.
 */
export function trainTriageModel(examples: readonly LabelledText[], options: TriageModelOptions = {}): TriageModel {
  const { validationShare = 0.1, seed = 1, outOfScopeLabel, outOfScopeWeight = 0.25 } = options;
  const { train, test: validation } = stratifiedSplit(examples, validationShare, seed);
  const held = fitClassifier(train, options);
  const rows = validation.map((e) => held.classifier.scores(held.vectorizer.vectorize(e.text)));
  const known = validation.map((e) => held.classifier.labels.indexOf(e.label));
  const softmaxScale = fitSoftmaxScale(
    rows.filter((_, i) => known[i]! >= 0),
    known.filter((k) => k >= 0),
  );
  const predictions = rows.map((scores, i) => {
    const { best, probability } = softmaxTop(scores, softmaxScale);
    return { predicted: held.classifier.labels[best]!, probability, actual: validation[i]!.label };
  });
  const mlThreshold = tuneConfidenceThreshold(predictions, outOfScopeLabel, outOfScopeWeight);

  const { vectorizer, vectors, classifier } = fitClassifier(examples, options);
  const cache = new SimilarityCache(options.cache);
  examples.forEach((e, i) => cache.addResolved(e.text, vectors[i]!, e.label));
  return { vectorizer, classifier, cache, softmaxScale, mlThreshold };
}

export function triageModelToJSON(model: TriageModel): TriageModelJson {
  return {
    kind: 'triage-model',
    version: 1,
    vectorizer: model.vectorizer.toJSON(),
    classifier: model.classifier.toJSON(),
    cache: model.cache.toJSON(),
    softmaxScale: model.softmaxScale,
    mlThreshold: model.mlThreshold,
  };
}

export function triageModelFromJSON(json: TriageModelJson): TriageModel {
  return {
    vectorizer: TfidfVectorizer.fromJSON(json.vectorizer),
    classifier: LinearClassifier.fromJSON(json.classifier),
    cache: SimilarityCache.fromJSON(json.cache),
    softmaxScale: json.softmaxScale,
    mlThreshold: json.mlThreshold,
  };
}
