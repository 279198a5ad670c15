import type { ChunkHit } from './search-index.js';

export interface AggregatedHit {
  docId: string;
  score: number;
  best: ChunkHit;
}

/** Share of an article's second-best chunk added to its best: several matching sections are a mild signal. */
const SECOND_CHUNK_SHARE = 0.1;

/** Groups chunk hits by document, best chunk first, keeping the first `limit` documents. */
export function aggregateChunkHits(hits: readonly ChunkHit[], limit: number): AggregatedHit[] {
  const byDoc = new Map<string, ChunkHit[]>();
  for (const hit of hits) byDoc.set(hit.docId, [...(byDoc.get(hit.docId) ?? []), hit]);
  return [...byDoc.values()]
    .map((chunks) => {
      const [best, second] = [...chunks].sort((a, b) => b.score - a.score);
      return { docId: best!.docId, best: best!, score: best!.score + SECOND_CHUNK_SHARE * (second?.score ?? 0) };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
