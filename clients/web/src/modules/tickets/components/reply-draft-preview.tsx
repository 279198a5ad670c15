import type { ReplyDraftState } from '../hooks/use-reply-draft';

/** The AI draft as it arrives, with the articles it cites. */
export function ReplyDraftPreview({ draft }: { draft: ReplyDraftState }) {
  return (
    <section className="reply-draft" aria-label="AI draft" aria-live="polite" aria-busy={!draft.done}>
      <header>{draft.done ? 'AI draft ready' : 'AI is drafting…'}</header>
      {draft.text ? <p className="reply-draft-text">{draft.text}</p> : null}
      {draft.citations.length > 0 ? (
        <p className="citations">
          Cites:{' '}
          {draft.citations.map((citation) => (
            <span key={citation.id} className="badge citation">
              {citation.title}
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
