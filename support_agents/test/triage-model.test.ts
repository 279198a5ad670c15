import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { itUnlessSkipped } from '@support-graph/test-kit';
import { readBanking77 } from '../src/eval/labelled-datasets.js';
import { LinearClassifier } from '../src/triage/linear-classifier.js';
import { SimilarityCache } from '../src/triage/similarity-cache.js';
import { stratifiedSplit } from '../src/triage/stratified-split.js';
import { tuneConfidenceThreshold } from '../src/triage/threshold-tuning.js';
import { trainTriageModel, triageModelFromJSON, triageModelToJSON } from '../src/triage/triage-model.js';
import { TfidfVectorizer } from '../src/text/tfidf-vectorizer.js';

const sample = readBanking77(fileURLToPath(new URL('./fixtures/banking77-sample.csv', import.meta.url)));
const sharedBanking77 = fileURLToPath(new URL('../../datasets/banking77/train.csv', import.meta.url));

function predict(model: ReturnType<typeof trainTriageModel>, text: string): string {
  const scores = model.classifier.scores(model.vectorizer.vectorize(text));
  return model.classifier.labels[scores.indexOf(Math.max(...scores))]!;
}

describe('tf-idf vectorizer', () => {
  it('gives unit-length vectors and ignores unseen terms', () => {
    const vectorizer = TfidfVectorizer.fit(['card arrived', 'card lost', 'lost card again'], { minDocumentFrequency: 1 });
    const { values } = vectorizer.vectorize('my card was lost');
    expect(Math.hypot(...values)).toBeCloseTo(1, 5);
    expect(vectorizer.vectorize('zzzz qqqq').indices).toHaveLength(0);
  });

  it('counts word pairs within the skip-gram window, and loads JSON saved before the option existed without them', () => {
    const texts = ['my card has not arrived', 'my card has still not arrived'];
    const withPairs = TfidfVectorizer.fit(texts, { minDocumentFrequency: 2, wordNgrams: [1, 1], charNgrams: [9, 9] });
    const terms = withPairs.toJSON().terms;
    expect(terms).toEqual(expect.arrayContaining(['wcard~not', 'warrived~card'])); // unordered, 2–4 positions apart
    expect(terms).not.toContain('wcard~my'); // adjacent words are the bigram "wmy card", not a pair
    const off = TfidfVectorizer.fit(texts, { minDocumentFrequency: 2, wordNgrams: [1, 1], charNgrams: [9, 9], skipGramWindow: 0 });
    expect(off.toJSON().terms.some((term) => term.includes('~'))).toBe(false);
    const saved = withPairs.toJSON();
    const { skipGramWindow: _, ...olderOptions } = saved.options;
    const older = TfidfVectorizer.fromJSON({ ...saved, options: olderOptions as typeof saved.options });
    expect(older.vectorize('my card has not arrived').indices.length).toBeLessThan(withPairs.vectorize('my card has not arrived').indices.length);
  });
});

describe('linear classifier', () => {
  it('separates classes and survives a JSON round trip bit for bit', () => {
    const texts = ['red apple', 'green apple', 'ripe apple', 'blue sky', 'grey sky', 'clear sky'];
    const labels = ['fruit', 'fruit', 'fruit', 'weather', 'weather', 'weather'];
    const vectorizer = TfidfVectorizer.fit(texts, { minDocumentFrequency: 1 });
    const classifier = LinearClassifier.train(texts.map((t) => vectorizer.vectorize(t)), labels, vectorizer.dimension);
    const scores = classifier.scores(vectorizer.vectorize('an apple'));
    expect(classifier.labels[scores.indexOf(Math.max(...scores))]).toBe('fruit');
    const reloaded = LinearClassifier.fromJSON(JSON.parse(JSON.stringify(classifier)));
    expect(reloaded.scores(vectorizer.vectorize('sky'))).toEqual(classifier.scores(vectorizer.vectorize('sky')));
  });
});

describe('similarity cache', () => {
  it('finds nearest resolved tickets and scores each neighbour label as tickets arrive', () => {
    const vectorizer = TfidfVectorizer.fit(['card lost', 'card arrived', 'rate of exchange'], { minDocumentFrequency: 1 });
    const cache = new SimilarityCache({ recordSimilarity: 0.9 });
    const add = (text: string, label: string) => cache.addResolved(text, vectorizer.vectorize(text), label);
    add('card lost', 'lost');
    add('card lost', 'lost');
    add('card lost', 'stolen');
    add('rate of exchange', 'rate');
    // 2nd 'card lost': neighbour 'lost' right; 3rd: neighbour 'lost' wrong (it was 'stolen').
    expect(cache.labelRecord('lost')).toEqual({ correct: 1, total: 2 });
    const [first, second] = cache.nearest(vectorizer.vectorize('lost card'), 2);
    expect(first).toMatchObject({ label: 'lost', text: 'card lost' });
    expect(first!.similarity).toBeCloseTo(second!.similarity, 5);
    const reloaded = SimilarityCache.fromJSON(JSON.parse(JSON.stringify(cache)));
    expect(reloaded.size).toBe(4);
    expect(reloaded.nearest(vectorizer.vectorize('exchange rate'), 1)).toEqual(cache.nearest(vectorizer.vectorize('exchange rate'), 1));
    expect(reloaded.labelRecord('lost')).toEqual({ correct: 1, total: 2 });
  });
});

describe('threshold tuning', () => {
  it('is 0 without out-of-scope examples, and separates them when there are', () => {
    const inScope = [0.9, 0.8, 0.7].map((probability) => ({ predicted: 'a', probability, actual: 'a' }));
    expect(tuneConfidenceThreshold(inScope, 'oos', 1)).toBe(0);
    const outOfScope = [0.2, 0.3].map((probability) => ({ predicted: 'a', probability, actual: 'oos' }));
    expect(tuneConfidenceThreshold([...inScope, ...outOfScope], 'oos', 1)).toBeCloseTo(0.7);
  });
});

describe('triage model', () => {
  it('is deterministic and reloads from JSON with the same predictions', () => {
    const model = trainTriageModel(sample);
    const reloaded = triageModelFromJSON(JSON.parse(JSON.stringify(triageModelToJSON(model))));
    expect(triageModelToJSON(trainTriageModel(sample))).toEqual(triageModelToJSON(model));
    for (const text of ['my card never came', 'what rate do you use to convert euros', 'top up declined']) {
      expect(predict(reloaded, text)).toBe(predict(model, text));
    }
    expect(reloaded.mlThreshold).toBe(model.mlThreshold);
  });

  it('tunes the ml threshold on out-of-fold predictions for every out-of-scope example', () => {
    const offTopic = [
      'what is the weather like tomorrow', 'play some jazz music', 'how tall is mount everest', 'tell me a joke',
      'who won the football game', 'set an alarm for six', 'what is the capital of peru', 'recommend a good movie',
      'how do i cook rice', 'translate hello into french', 'book a table for two', 'how far away is the moon',
    ].map((text) => ({ text, label: 'oos' }));
    const withOutOfScope = [...sample, ...offTopic];
    const folds = (outOfScopeFolds: number) =>
      trainTriageModel(withOutOfScope, { outOfScopeLabel: 'oos', outOfScopeWeight: 1, outOfScopeFolds });
    // One fold keeps every out-of-scope example in training, so none is held out and nothing is escalated on confidence.
    expect(folds(1).mlThreshold).toBe(0);
    const model = folds(3);
    expect(model.mlThreshold).toBeGreaterThan(0);
    expect(model.classifier.labels).toContain('oos');
    expect(triageModelToJSON(folds(3))).toEqual(triageModelToJSON(model));
  });

  itUnlessSkipped('learns BANKING77 (20 categories of the shared data)', existsSync(sharedBanking77) ? undefined : `no shared BANKING77 data at ${sharedBanking77}`, () => {
    const all = readBanking77(sharedBanking77);
    const categories = [...new Set(all.map((e) => e.label))].sort().slice(0, 20);
    const subset = all.filter((e) => categories.includes(e.label));
    const { train, test } = stratifiedSplit(subset, 0.2, 7);
    const model = trainTriageModel(train);
    const correct = test.filter((e) => predict(model, e.text) === e.label).length;
    expect(correct / test.length).toBeGreaterThan(0.85);
  });
});
