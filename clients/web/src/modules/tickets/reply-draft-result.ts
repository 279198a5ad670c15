import type { DraftCitation, ReplyDraft, ReplyDraftOutput } from './ticket-types';

/**
 * The draft of a finished reply-drafting run: the typed `AgentRun.draft` when the API has it, else
 * the untyped `output` JSON older APIs answer with (citations then carry only an article id and title).
 */
export function replyDraftOf(run: { draft?: ReplyDraft | null; output?: ReplyDraftOutput | null }): ReplyDraft | null {
  if (run.draft) return run.draft;
  if (!run.output || typeof run.output.text !== 'string') return null;
  // The untyped output cites passages by chunk id, `<article id>#<position>`.
  const citations: DraftCitation[] = (run.output.citations ?? []).map((citation) => ({
    article: { id: citation.id.split('#')[0] ?? citation.id, externalId: null, title: citation.title },
    chunkId: citation.id.includes('#') ? citation.id : null,
    quote: null,
  }));
  return { text: run.output.text, language: null, grounded: null, confidence: null, citations };
}

/** One link per article, in the order first cited (a draft may quote two chunks of one article). */
export function citedArticles(citations: readonly DraftCitation[]): DraftCitation['article'][] {
  const seen = new Map<string, DraftCitation['article']>();
  for (const citation of citations) if (!seen.has(citation.article.id)) seen.set(citation.article.id, citation.article);
  return [...seen.values()];
}

/**
 * Drops the passage markers a drafter leaves in its text (`… at checkout [art-04f0…]`, `[kb-12]`): the
 * sources are listed as links beside the draft, and an id means nothing to the customer who would receive it.
 */
export function withoutPassageMarkers(text: string): string {
  return text.replace(/ ?\[[A-Za-z]+-[\w#:.-]*\d[\w#:.-]*\]/gu, '');
}
