import type { RetrievedPassage } from '../llm-provider.js';

/** Ids of `passages` cited as `[id]` (or `[id1, id2]`) in `text`, in order of first citation. */
export function extractCitations(text: string, passages: readonly RetrievedPassage[]): string[] {
  const known = new Set(passages.map((p) => p.id));
  const cited = new Set<string>();
  for (const [, inside = ''] of text.matchAll(/\[([^[\]\n]{1,300})\]/g)) {
    for (const id of inside.split(/[,;]/).map((part) => part.trim())) {
      if (known.has(id)) cited.add(id);
    }
  }
  return [...cited];
}
