import type { PeerClient } from '@support-graph/runtime';

/**
 * The knowledge subgraph's `suggestArticles` as its peers call it (the agents when drafting, the
 * playground's runs on the live knowledge): one query and one shape, owned by the subgraph that
 * serves it. Each hit is a passage as the agents read it (`RetrievedPassage`), with its article.
 */
const SUGGEST_ARTICLES = `query SuggestedPassages($text: String!, $first: Int!) {
  suggestArticles(text: $text, first: $first) { score chunk { id heading text } article { id externalId title } }
}`;

/** Longest text sent (the `suggestArticles` limit). */
const MAX_TEXT = 20_000;

interface SuggestArticlesData {
  readonly suggestArticles: {
    readonly score: number;
    readonly chunk: { readonly id: string; readonly heading: string; readonly text: string };
    readonly article: { readonly id: string; readonly externalId: string | null; readonly title: string };
  }[];
}

export interface SuggestedPassage {
  /** The chunk's id (`<article id>#<n>`). */
  readonly id: string;
  /** The article's title, with the chunk's heading when it has one. */
  readonly title: string;
  readonly text: string;
  readonly score: number;
  readonly source: 'article';
  readonly articleId: string;
  /** The id the article was imported with, when it has one. */
  readonly externalId: string | null;
}

/** The passages that answer `text`, best first; empty text asks nothing. Peer errors are the caller's to handle. */
export async function suggestedPassages(client: PeerClient, text: string, first: number): Promise<SuggestedPassage[]> {
  if (text.trim() === '') return [];
  const data = await client.request<SuggestArticlesData>(SUGGEST_ARTICLES, { text: text.slice(0, MAX_TEXT), first });
  return data.suggestArticles.map((hit) => ({
    id: hit.chunk.id,
    title: hit.chunk.heading ? `${hit.article.title} — ${hit.chunk.heading}` : hit.article.title,
    text: hit.chunk.text,
    score: hit.score,
    source: 'article' as const,
    articleId: hit.article.id,
    externalId: hit.article.externalId,
  }));
}
