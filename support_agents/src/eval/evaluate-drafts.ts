import { createReplyDraftingAgent } from '../agents/reply-drafting/reply-drafting-agent.js';
import { perSplit, readEvalJsonl, splitOf } from './agent-eval-sets.js';
import { evalContext, evalTicket } from './eval-agent-context.js';
import { openEvalKnowledge } from './eval-knowledge.js';
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

/**
 * Imports the eval articles into an in-memory knowledge service (the same search the product
 * runs), drafts a reply to every ticket through the reply-drafting agent with the local
 * responder, and scores which articles the draft cites, its language and its prose.
 */
export async function evaluateDrafts(options: { showErrors?: boolean } = {}) {
  const { knowledge, externalIdOf, close } = await openEvalKnowledge();
  try {
    const locales = new Map(readEvalJsonl<ArticleLine>('draft-articles.jsonl').map((a) => [a.externalId, a.locale]));
    const examples = readEvalJsonl<DraftExample>('drafts.jsonl');
    const agent = createReplyDraftingAgent();
    const outcomes = new Map<string, DraftOutcome>();
    for (const example of examples) {
      const ticket = evalTicket(example.text, { customer: { id: 'eval-customer', tier: 'standard', ...(example.customerName ? { name: example.customerName } : {}) } });
      const { result } = await agent.run(evalContext(ticket, knowledge));
      const cited = (result.citations as readonly { chunkId?: string; id?: string; articleId?: string }[]).map((c) => {
        const articleId = c.articleId ?? (c.chunkId ?? c.id ?? '').split('#')[0]!;
        return externalIdOf(articleId);
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
      articles: locales.size,
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
    await close();
  }
}
