import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createReplyDraftingAgent } from '../agents/reply-drafting/reply-drafting-agent.js';
import type { KnowledgeRetriever } from '../agents/support-agent.js';
import { perSplit, readEvalJsonl, splitOf } from './agent-eval-sets.js';
import { evalContext, evalTicket } from './eval-agent-context.js';
import { round } from './evaluate-language.js';

interface DraftExample {
  readonly text: string;
  readonly language: string;
  readonly customerName: string | null;
  /** externalId of the article that answers the ticket; null when none does (a holding reply is right). */
  readonly article: string | null;
}

interface ArticleLine {
  readonly externalId: string;
  readonly locale: string;
}

interface DraftOutcome {
  readonly citedArticles: string[];
  readonly grounded: boolean;
  readonly language: string;
  readonly rawIds: boolean;
}

const ARTICLES_FILE = fileURLToPath(new URL('../../eval/draft-articles.jsonl', import.meta.url));

/**
 * Imports the eval articles into an in-memory knowledge service (the same search the product
 * runs), drafts a reply to every ticket through the reply-drafting agent with the local
 * responder, and scores which articles the draft cites, its language and its prose.
 */
export async function evaluateDrafts(options: { showErrors?: boolean } = {}) {
  // The knowledge subgraph is loaded only here: the agents library does not depend on it at run time.
  const { createKnowledgeEngine } = await import('@support-graph/knowledge');
  const engine = await createKnowledgeEngine();
  try {
    const content = readFileSync(ARTICLES_FILE, 'utf8');
    const imported = await engine.imports.importFiles([{ name: 'draft-articles.jsonl', content }], 'agents-eval');
    const externalIdOf = new Map<string, string>();
    for (const id of [...imported.created, ...imported.updated, ...imported.unchanged]) {
      const article = await engine.articles.article(id);
      if (article?.externalId) externalIdOf.set(article.id, article.externalId);
    }
    const locales = new Map(readEvalJsonl<ArticleLine>('draft-articles.jsonl').map((a) => [a.externalId, a.locale]));
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

    const examples = readEvalJsonl<DraftExample>('drafts.jsonl');
    const agent = createReplyDraftingAgent();
    const outcomes = new Map<string, DraftOutcome>();
    for (const example of examples) {
      const ticket = evalTicket(example.text, { customer: { id: 'eval-customer', tier: 'standard', ...(example.customerName ? { name: example.customerName } : {}) } });
      const { result } = await agent.run(evalContext(ticket, knowledge));
      const cited = (result.citations as readonly { chunkId?: string; id?: string; articleId?: string }[]).map((c) => {
        const articleId = c.articleId ?? (c.chunkId ?? c.id ?? '').split('#')[0]!;
        return externalIdOf.get(articleId) ?? articleId;
      });
      outcomes.set(example.text, {
        citedArticles: [...new Set(cited)],
        grounded: result.grounded,
        language: result.language,
        rawIds: /\[[^\]\n]*#\d+\]|sources\s*:|fuentes\s*:|quellen\s*:/i.test(result.text),
      });
    }

    const score = async (subset: readonly DraftExample[]) => {
      const answerable = subset.filter((e) => e.article !== null);
      const outOfScope = subset.filter((e) => e.article === null);
      const inOwnLanguage = answerable.filter((e) => locales.get(e.article!) === e.language);
      const of = (e: DraftExample) => outcomes.get(e.text)!;
      return {
        tickets: subset.length,
        right_article_first: round(answerable.filter((e) => of(e).citedArticles[0] === e.article).length / Math.max(1, answerable.length)),
        no_unrelated_article: round(
          subset.filter((e) => of(e).citedArticles.every((a) => a === e.article)).length / Math.max(1, subset.length),
        ),
        holding_reply_out_of_scope: round(outOfScope.filter((e) => !of(e).grounded).length / Math.max(1, outOfScope.length)),
        grounded_when_answerable: round(answerable.filter((e) => of(e).grounded).length / Math.max(1, answerable.length)),
        customer_language_when_article_in_it: round(
          inOwnLanguage.filter((e) => of(e).language === e.language).length / Math.max(1, inOwnLanguage.length),
        ),
        reply_in_customer_language: round(subset.filter((e) => of(e).language === e.language).length / Math.max(1, subset.length)),
        no_raw_ids_in_prose: round(subset.filter((e) => !of(e).rawIds).length / Math.max(1, subset.length)),
      };
    };
    return {
      suite: 'drafts',
      articles: externalIdOf.size,
      ...(await perSplit(examples, score)),
      ...(options.showErrors
        ? {
            dev_errors: examples
              .filter((e) => splitOf(e.text) === 'dev')
              .filter((e) => {
                const o = outcomes.get(e.text)!;
                return o.citedArticles[0] !== (e.article ?? undefined) || o.citedArticles.length > 1 || o.language !== e.language || o.rawIds;
              })
              .map((e) => `${e.language} want ${e.article} → ${JSON.stringify(outcomes.get(e.text))}: ${e.text}`),
          }
        : {}),
    };
  } finally {
    await engine.close();
  }
}
