import { describe, expect, it } from '@jest/globals';
import { LocalEmbedder } from '../src/search/adapters/local-embedder.js';

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

describe('LocalEmbedder', () => {
  const embedder = new LocalEmbedder();

  it('is deterministic across instances and calls', async () => {
    const [first] = await embedder.embed(['My card payment was declined twice']);
    const [second] = await new LocalEmbedder().embed(['My card payment was declined twice']);
    expect(Array.from(second!)).toEqual(Array.from(first!));
    expect(embedder.modelId).toBe('local-hash-v1-384');
  });

  it('puts a paraphrase closer than unrelated text', async () => {
    const unrelated = 'how do I change my address';
    for (const [query, paraphrase] of [
      ['my money has not shown up', 'funds not received yet'],
      ['my card was stolen', 'I lost my card'],
      ['why was my payment declined', 'card payment rejected'],
    ] as const) {
      const [q, p, u] = await embedder.embed([query, paraphrase, unrelated]);
      expect(cosine(q!, p!)).toBeGreaterThan(cosine(q!, u!) + 0.2);
    }
  });

  it('tolerates typos and inflections through character n-grams and stems', async () => {
    const [word, typo, other] = await embedder.embed(['transfer declined', 'tranfser declined', 'password reset']);
    expect(cosine(word!, typo!)).toBeGreaterThan(cosine(word!, other!));
  });

  it('honours the dimensions option and returns unit vectors, or zero for text without words', async () => {
    const small = new LocalEmbedder({ dimensions: 64 });
    const [vector, empty] = await small.embed(['refund', '!!!']);
    expect(vector).toHaveLength(64);
    expect(cosine(vector!, vector!)).toBeCloseTo(1, 5);
    expect(Array.from(empty!).every((value) => value === 0)).toBe(true);
  });
});
