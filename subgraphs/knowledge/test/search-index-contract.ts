import { expect, it } from '@jest/globals';
import { describeUnlessSkipped } from '@support-graph/test-kit';
import { LocalEmbedder } from '../src/search/adapters/local-embedder.js';
import type { IndexFields, IndexFilter, SearchIndex } from '../src/search/search-index.js';

const embedder = new LocalEmbedder();
const fields = (status: string, locale = 'en', tags: string[] = []): IndexFields => ({ status, locale, tags, topicIds: [], productIds: [] });

async function doc(docId: string, text: string, status: string, locale?: string, tags?: string[]) {
  const [vector] = await embedder.embed([text]);
  return { docId, chunks: [{ id: `${docId}#0`, docId, position: 0, title: docId, heading: '', text, textHash: `h-${text}`, vector: vector!, fields: fields(status, locale, tags) }] };
}

export interface OpenedIndex {
  index: SearchIndex;
  /** Drops what the test created (a Weaviate collection); nothing for in-memory indexes. */
  dispose(): Promise<void>;
}

/** The behaviour every SearchIndex adapter owes the service; run by each adapter's own test file. */
export function searchIndexContract(name: string, open: () => Promise<OpenedIndex>, skipReason?: string) {
  describeUnlessSkipped(`SearchIndex contract: ${name}`, skipReason, () => {
    it('filters inside the index, keeps filters current across writes, removes documents', async () => {
      const opened = await open();
      const { index } = opened;
      try {
        await index.upsert([
          await doc('a', 'refund to my card', 'PUBLISHED', 'en', ['billing']),
          await doc('b', 'refund policy draft', 'DRAFT'),
          await doc('c', 'reset password', 'PUBLISHED', 'de'),
        ]);
        const search = async (text: string, filter: IndexFilter = {}) => {
          const [vector] = await embedder.embed([text]);
          return (await index.search({ text, vector: vector!, filter, limit: 5 })).map((h) => h.docId);
        };
        expect((await search('refund'))[0]).toBe('a');
        expect(await search('refund', { statuses: ['DRAFT'] })).toEqual(['b']);
        expect(await search('password', { locales: ['en'] })).not.toContain('c');
        expect(await search('refund', { tags: ['billing'] })).toEqual(['a']);
        expect(await search('refund', { excludeDocIds: ['a'] })).not.toContain('a');
        expect(await search('refund policy', { statuses: ['PUBLISHED'] })).not.toContain('b');
        await index.updateFields('b', fields('PUBLISHED'));
        expect(await search('refund policy', { statuses: ['PUBLISHED'] })).toContain('b');
        expect(await search('refund', { statuses: ['DRAFT'] })).toEqual([]);
        await index.upsert([await doc('d', 'refund for a cancelled order', 'DRAFT')]);
        expect(await search('refund', { statuses: ['DRAFT'] })).toEqual(['d']);
        expect((await index.storedVectors(['a'])).size).toBe(1);
        expect(await index.storedChunks(['b', 'missing', 'a'])).toEqual([
          { id: 'b#0', docId: 'b', position: 0, title: 'b', heading: '', text: 'refund policy draft' },
          { id: 'a#0', docId: 'a', position: 0, title: 'a', heading: '', text: 'refund to my card' },
        ]);
        await index.remove('a');
        expect(await index.storedChunks(['a'])).toEqual([]);
        expect(await search('refund card')).not.toContain('a');
        expect(await search('refund', { tags: ['billing'] })).toEqual([]);
        expect(await index.count()).toBe(3);
      } finally {
        await index.close();
        await opened.dispose();
      }
    });

    it('treats query metacharacters as text', async () => {
      const opened = await open();
      try {
        await opened.index.upsert([await doc('q', 'refund to my card', 'PUBLISHED')]);
        const text = 'refund* OR title:(a AND b)~2 \\ "} $param';
        const [vector] = await embedder.embed([text]);
        expect((await opened.index.search({ text, vector: vector!, filter: {}, limit: 3 })).map((h) => h.docId)).toEqual(['q']);
      } finally {
        await opened.index.close();
        await opened.dispose();
      }
    });
  });
}
