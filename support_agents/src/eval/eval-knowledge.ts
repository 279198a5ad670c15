import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KnowledgeRetriever } from '../agents/support-agent.js';

export const EVAL_ARTICLES_FILE = fileURLToPath(new URL('../../eval/draft-articles.jsonl', import.meta.url));

/** Help-centre articles loaded into an in-memory knowledge service, for drafting offline. */
export interface EvalKnowledge {
  readonly knowledge: KnowledgeRetriever;
  /** The `externalId` of an imported article (what evaluation sets name), by its stored id. */
  externalIdOf(articleId: string): string;
  close(): Promise<void>;
}

/**
 * Imports articles (JSONL, the knowledge import format) into an in-memory knowledge engine and
 * retrieves from it with the same search the product runs. Used by the drafts suite and the
 * playground's evaluation runs (`ai:test`), which have no knowledge subgraph to ask.
 */
export async function openEvalKnowledge(articlesFile: string = EVAL_ARTICLES_FILE): Promise<EvalKnowledge> {
  // The knowledge subgraph is loaded only here: the agents library does not depend on it at run time.
  const { createKnowledgeEngine } = await import('@support-graph/knowledge');
  const engine = await createKnowledgeEngine();
  try {
    const content = readFileSync(articlesFile, 'utf8');
    const imported = await engine.imports.importFiles([{ name: 'eval-articles.jsonl', content }], 'agents-eval');
    const externalIds = new Map<string, string>();
    for (const id of [...imported.created, ...imported.updated, ...imported.unchanged]) {
      const article = await engine.articles.article(id);
      if (article?.externalId) externalIds.set(article.id, article.externalId);
    }
    const knowledge: KnowledgeRetriever = {
      async articlesFor(text, first) {
        const hits = await engine.search.suggestArticles(text.slice(0, 20_000), first);
        return hits.map((hit) => ({
          id: hit.chunk.id,
          title: hit.chunk.heading ? `${hit.title} — ${hit.chunk.heading}` : hit.title,
          text: hit.chunk.text,
          score: hit.score,
          source: 'article' as const,
        }));
      },
      resolvedTicketsLike: async () => [],
    };
    return { knowledge, externalIdOf: (articleId) => externalIds.get(articleId) ?? articleId, close: () => engine.close() };
  } catch (error) {
    await engine.close();
    throw error;
  }
}
