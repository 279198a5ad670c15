import type { ReplyDraftState } from '../hooks/use-reply-draft';
import { citedArticles } from '../reply-draft-result';
import { CitationLinks } from './citation-links';

/**
 * Where the AI draft stands, and the articles it cites. The text itself is shown once: streamed into
 * the reply box, or here only when the agent had already started writing (then "Use this draft" swaps it in).
 */
export function ReplyDraftPreview({ draft, showText, onUse }: { draft: ReplyDraftState; showText: boolean; onUse: () => void }) {
  return (
    <section className="reply-draft" aria-label="AI draft" aria-live="polite" aria-busy={!draft.done}>
      <header>
        {draft.done ? 'AI draft ready' : 'AI is drafting…'}
        {draft.done && draft.grounded === false ? <span className="badge warning">No article backs this draft: check it</span> : null}
      </header>
      {showText && draft.text ? <p className="reply-draft-text">{draft.text}</p> : null}
      {showText && draft.done && draft.text ? (
        <button type="button" onClick={onUse}>
          Use this draft
        </button>
      ) : null}
      <CitationLinks articles={citedArticles(draft.citations)} linkTo={(id) => `/knowledge/articles/${id}`} />
    </section>
  );
}
