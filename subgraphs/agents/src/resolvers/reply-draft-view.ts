import type { ReplyDraftType } from '../schema/object-types.js';

/** A stored citation: current drafts carry `chunkId`, `articleId` and `quote`; drafts stored before them only `id` and `title`. */
interface StoredCitation {
  readonly chunkId?: string;
  readonly id?: string;
  readonly articleId?: string;
  readonly quote?: string;
}

interface StoredDraft {
  readonly text?: unknown;
  readonly language?: unknown;
  readonly grounded?: unknown;
  readonly confidence?: unknown;
  readonly citations?: readonly StoredCitation[];
}

/** Chunk ids are `<article id>#<position>`. */
function articleIdOf(chunkId: string): string {
  const hash = chunkId.lastIndexOf('#');
  return hash > 0 ? chunkId.slice(0, hash) : chunkId;
}

/** The typed draft of a reply-drafting run's stored output; null for another agent or no output. */
export function replyDraftOf(agent: string, output: unknown, runConfidence: number | null): ReplyDraftType | null {
  if (agent !== 'reply-drafting' || !output || typeof output !== 'object') return null;
  const draft = output as StoredDraft;
  if (typeof draft.text !== 'string') return null;
  return {
    text: draft.text,
    language: typeof draft.language === 'string' ? draft.language : 'en',
    grounded: draft.grounded === true,
    confidence: typeof draft.confidence === 'number' ? draft.confidence : (runConfidence ?? 0),
    citations: (draft.citations ?? []).flatMap((citation) => {
      const chunkId = citation.chunkId ?? citation.id;
      if (!chunkId) return [];
      return [{ article: { id: citation.articleId ?? articleIdOf(chunkId) }, chunkId, quote: citation.quote ?? '' }];
    }),
  };
}
