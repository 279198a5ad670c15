import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LocalEmbedder } from '../src/search/adapters/local-embedder.js';
import { OpenAiEmbedder } from '../src/search/adapters/openai-embedder.js';
import type { Embedder } from '../src/search/embedder.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './support/fake-openai-server.js';

const norm = (vector: Float32Array) => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));

/** What every Embedder owes the indexer: one unit vector of `dimensions` per text, in order, the same every time. */
function embedderContract(name: string, open: () => Embedder) {
  describe(`Embedder contract: ${name}`, () => {
    it('returns one unit vector per text, in input order, deterministically', async () => {
      const embedder = open();
      const texts = ['refund to my card', 'reset my password', 'refund to my card', 'where is my parcel'];
      const vectors = await embedder.embed(texts);
      expect(vectors).toHaveLength(texts.length);
      for (const vector of vectors) {
        expect(vector).toBeInstanceOf(Float32Array);
        expect(vector.length).toBe(embedder.dimensions);
        expect(norm(vector)).toBeCloseTo(1, 5);
      }
      expect(Array.from(vectors[2]!)).toEqual(Array.from(vectors[0]!));
      expect(Array.from(vectors[1]!)).not.toEqual(Array.from(vectors[0]!));
      const [again] = await embedder.embed(['where is my parcel']);
      expect(Array.from(again!)).toEqual(Array.from(vectors[3]!));
      expect(await embedder.embed([])).toEqual([]);
    });

    it('names the model and size in modelId, so a change re-embeds content', () => {
      const embedder = open();
      expect(embedder.modelId).toContain(String(embedder.dimensions));
    });
  });
}

embedderContract('local', () => new LocalEmbedder());

describe('OpenAiEmbedder against a local server speaking the OpenAI wire format', () => {
  const apiKey = 'sk-test-fake';
  let server: FakeOpenAiServer;
  beforeAll(async () => {
    server = await startFakeOpenAiServer(apiKey);
  });
  afterAll(async () => {
    await server.close();
  });

  embedderContract('openai (fake server)', () => new OpenAiEmbedder({ apiKey, baseUrl: server.baseUrl, dimensions: 256 }));

  it('sends model, dimensions and float encoding, and batches large inputs', async () => {
    server.requests.length = 0;
    const embedder = new OpenAiEmbedder({ apiKey, baseUrl: server.baseUrl, dimensions: 64, batchSize: 3 });
    const texts = Array.from({ length: 7 }, (_, i) => `question number ${i}`);
    const vectors = await embedder.embed(texts);
    expect(server.requests.map((request) => (request.input as string[]).length)).toEqual([3, 3, 1]);
    expect(server.requests[0]).toEqual({ model: 'text-embedding-3-small', input: texts.slice(0, 3), dimensions: 64, encoding_format: 'float' });
    const [single] = await embedder.embed([texts[6]!]);
    expect(Array.from(vectors[6]!)).toEqual(Array.from(single!));
  });

  it('retries a 429 after the server-given delay, then succeeds', async () => {
    server.requests.length = 0;
    server.rateLimitNext(2);
    const vectors = await new OpenAiEmbedder({ apiKey, baseUrl: server.baseUrl, dimensions: 32, maxRetries: 2 }).embed(['card declined']);
    expect(vectors[0]).toHaveLength(32);
    expect(server.requests).toHaveLength(3);
  });

  it('surfaces a 429 with its status and code once retries run out', async () => {
    server.rateLimitNext(1);
    const embedding = new OpenAiEmbedder({ apiKey, baseUrl: server.baseUrl, dimensions: 32, maxRetries: 0 }).embed(['card declined']);
    await expect(embedding).rejects.toMatchObject({ status: 429, code: 'rate_limit_exceeded' });
  });

  it('rejects a wrong key with 401', async () => {
    await expect(new OpenAiEmbedder({ apiKey: 'sk-wrong', baseUrl: server.baseUrl, maxRetries: 0 }).embed(['x'])).rejects.toMatchObject({ status: 401 });
  });
});
