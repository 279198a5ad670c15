import { expect, it } from '@jest/globals';
import { describeUnlessSkipped } from '@support-graph/test-kit';
import { ArticleRepository } from '../src/articles/article-repository.js';
import type { Article } from '../src/articles/article.js';
import type { KnowledgeGraph } from '../src/knowledge-graph.js';

const article = (id: string, version: number): Article => ({
  id, externalId: `ext-${id}`, title: `Title ${id}`, body: 'Body', summary: '', tags: ['t'], locale: 'en', status: 'DRAFT', version,
  topicIds: [], productIds: [], relatedIds: [], helpfulCount: 0, unhelpfulCount: 0, contentHash: 'h', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
});

/** The same Cypher text (ArticleRepository) must behave the same on every adapter; run by each adapter's own test file. */
export function knowledgeGraphContract(name: string, open: () => Promise<KnowledgeGraph>, skipReason?: string) {
  describeUnlessSkipped(`KnowledgeGraph contract: ${name}`, skipReason, () => {
    it('stores articles with history, relations and filters', async () => {
      const graph = await open();
      const repository = new ArticleRepository(graph);
      const a = article(`c-${Date.now()}-a`, 1);
      const b = article(`c-${Date.now()}-b`, 1);
      for (const x of [a, b]) {
        await graph.runInTransaction(repository.saveStatements(x, { articleId: x.id, version: 1, author: 'me', at: x.createdAt, changes: ['created'], status: 'DRAFT', content: x }));
      }
      await repository.relate(a.id, b.id);
      const [loaded] = await repository.findByIds([a.id]);
      expect(loaded).toMatchObject({ title: a.title, tags: ['t'], version: 1, relatedIds: [b.id] });
      expect((await repository.versions(a.id)).map((v) => v.changes)).toEqual([['created']]);
      expect((await repository.findByExternalIds([a.externalId!])).get(a.externalId!)?.id).toBe(a.id);
      expect((await repository.listIds({ tags: ['t'], statuses: ['DRAFT'] }, 10, '')).ids).toEqual(expect.arrayContaining([a.id, b.id]));
      await repository.unrelate(b.id, a.id);
      expect((await repository.findByIds([a.id]))[0]?.relatedIds).toEqual([]);
      await graph.close();
    });
  });
}
