import type { DraftCitation, ReplyDraft, ReplyDraftOutput } from './ticket-types';

/**
 * The draft of a finished reply-drafting run: the typed `AgentRun.draft` when the API has it, else
 * the untyped `output` JSON older APIs answer with (citations then carry only an article id and title).
 */
export function replyDraftOf(run: { draft?: ReplyDraft | null; output?: ReplyDraftOutput | null }): ReplyDraft | null {
  if (run.draft) return run.draft;
  if (!run.output || typeof run.output.text !== 'string') return null;
  // The untyped output cites passages by chunk id, `<article id>#<position>`.
  const citations: DraftCitation[] = (run.output.citations ?? []).flatMap((citation) => {
    const chunkId = citation.chunkId ?? citation.id;
    const articleId = citation.articleId ?? chunkId?.split('#')[0];
    return articleId ? [{ article: { id: articleId, externalId: null, title: citation.title }, chunkId: chunkId?.includes('#') ? chunkId : null, quote: null }] : [];
  });
  const { language, grounded } = run.output;
  return { text: run.output.text, language: language ?? null, grounded: grounded ?? null, confidence: null, citations };
}

/** One link per article, in the order first cited (a draft may quote two chunks of one article). */
export function citedArticles(citations: readonly DraftCitation[]): DraftCitation['article'][] {
  const seen = new Map<string, DraftCitation['article']>();
  for (const citation of citations) if (!seen.has(citation.article.id)) seen.set(citation.article.id, citation.article);
  return [...seen.values()];
}

/** `[art-04f0…#2]`, `[kb-12]`: how drafters cite a passage in their text (an id with a digit in it). */
const PASSAGE_MARKER = / ?\[[A-Za-z]+-[\w#:.-]*\d[\w#:.-]*\]/gu;

/**
 * Drops the passage markers a drafter leaves in its text (`… at checkout [art-04f0…]`, `[kb-12]`): the
 * sources are listed as links beside the draft, and an id means nothing to the customer who would receive it.
 */
export function withoutPassageMarkers(text: string): string {
  return text.replace(PASSAGE_MARKER, '');
}

/**
 * A message split around the article passages it cites (`[art-…#2]`), each marker as the id of the
 * article it points to, so a view can show a link instead of the id. Markers of anything else are dropped.
 */
export function splitPassageMarkers(text: string): ({ text: string } | { articleId: string })[] {
  const parts: ({ text: string } | { articleId: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(PASSAGE_MARKER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    const id = match[0].trim().slice(1, -1).split('#')[0] ?? '';
    if (id.startsWith('art-')) parts.push({ articleId: id });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
