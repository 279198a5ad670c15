import { describe, expect, it } from '@jest/globals';
import { LocalEmbedder } from '../src/adapters/local-embedder.js';
import { LocalSearchIndex } from '../src/adapters/local-search-index.js';
import type { IndexFields, SearchIndex } from '../src/search-index.js';

const embedder = new LocalEmbedder();
const fields = (status: string, locale = 'en'): IndexFields => ({ status, locale, tags: [], topicIds: [], productIds: [] });

async function doc(docId: string, text: string, status: string, locale?: string) {
  const [vector] = await embedder.embed([text]);
  return { docId, chunks: [{ id: `${docId}#0`, docId, position: 0, title: docId, heading: '', text, textHash: `h-${text}`, vector: vector!, fields: fields(status, locale) }] };
}

/** The behaviour every SearchIndex adapter owes the service. Weaviate's adapter is not written yet. */
function searchIndexContract(name: string, open: () => SearchIndex) {
  describe(`SearchIndex contract: ${name}`, () => {
    it('filters inside the index, updates fields in place, removes documents', async () => {
      const index = open();
      await index.upsert([await doc('a', 'refund to my card', 'PUBLISHED'), await doc('b', 'refund policy draft', 'DRAFT'), await doc('c', 'reset password', 'PUBLISHED', 'de')]);
      const search = async (text: string, filter = {}) => {
        const [vector] = await embedder.embed([text]);
        return (await index.search({ text, vector: vector!, filter, limit: 5 })).map((h) => h.docId);
      };
      expect((await search('refund'))[0]).toBe('a');
      expect(await search('refund', { statuses: ['DRAFT'] })).toEqual(['b']);
      expect(await search('password', { locales: ['en'] })).not.toContain('c');
      await index.updateFields('b', fields('PUBLISHED'));
      expect(await search('refund policy', { statuses: ['PUBLISHED'] })).toContain('b');
      expect((await index.storedVectors(['a'])).size).toBe(1);
      await index.remove('a');
      expect(await search('refund card')).not.toContain('a');
      expect(await index.count()).toBe(2);
      await index.close();
    });
  });
}

searchIndexContract('local', () => new LocalSearchIndex({ name: 'contract', dimensions: embedder.dimensions }));
