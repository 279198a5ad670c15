import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { useStreamedTry } from '../hooks/use-streamed-try';
import { AiConfigDiffPreview, SaveAiConfigVersion } from '../playground-operations';
import type { ConfigVersion } from '../playground-types';
import { graderName, percent } from './grader-names';

/**
 * Edit a document starting from a version, see the diff against the newest version, try a reply
 * template edit on one ticket before saving, and save it as the next version.
 */
export function VersionEditor({ kind, base, onSaved }: { kind: string; base: ConfigVersion; onSaved: (number: number) => void }) {
  const [content, setContent] = useState(base.content);
  const [message, setMessage] = useState('');
  const [ticketText, setTicketText] = useState('I lost my card on the bus this morning, what should I do?');
  const [previewDiff, preview] = useLazyQuery(AiConfigDiffPreview, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SaveAiConfigVersion);
  const tried = useStreamedTry();
  const draft = tried.draft;

  const onSave = async () => {
    const saved = (await save({ variables: { kind, content, message } })).data?.saveAiConfigVersion;
    if (saved) {
      setMessage('');
      onSaved(saved.number);
    }
  };

  return (
    <section className="playground-editor" aria-label="Editor">
      <h2>Edit (starting from version {base.number})</h2>
      <label>
        Document
        <textarea className="playground-document" value={content} rows={18} spellCheck={false} onChange={(event) => setContent(event.target.value)} />
      </label>
      <div className="playground-actions">
        <button type="button" onClick={() => void previewDiff({ variables: { kind, content } })}>
          Show changes
        </button>
        <label>
          What changed and why
          <input value={message} onChange={(event) => setMessage(event.target.value)} />
        </label>
        <button type="button" disabled={saving.loading || message.trim() === ''} onClick={() => void onSave()}>
          Save as new version
        </button>
      </div>
      {saving.error ? <ErrorView error={saving.error} title="Not saved" /> : null}
      {preview.data ? (
        <pre className="playground-diff" aria-label="Changes">
          {preview.data.aiConfigDiffPreview || 'No changes'}
        </pre>
      ) : null}

      {kind === 'reply-template' ? (
        <>
          <h3>Try it on a ticket</h3>
          <label>
            Ticket text
            <textarea value={ticketText} rows={3} onChange={(event) => setTicketText(event.target.value)} />
          </label>
          <button type="button" disabled={tried.loading || ticketText.trim() === ''} onClick={() => tried.start({ kind, content, text: ticketText, customerName: 'Robin' })}>
            {tried.loading ? 'Drafting…' : 'Try it'}
          </button>
          {tried.error ? <ErrorView error={tried.error} title="Could not draft" /> : null}
          {tried.text !== '' || draft ? (
            <div className="playground-draft" aria-label="Draft" aria-busy={tried.loading}>
              <pre>{tried.text}</pre>
              {tried.loading ? <p className="muted">Writing…</p> : null}
            </div>
          ) : null}
          {draft ? (
            <div className="playground-draft-scores" aria-label="Draft scores">
              <p className="muted">
                {draft.grounded ? 'Grounded' : 'Not grounded'} · cites {draft.citedArticles.join(', ') || 'nothing'} · {draft.language} · {draft.latencyMs} ms
              </p>
              <ul>
                {draft.scores.map((score) => (
                  <li key={score.grader}>
                    {graderName(score.grader)}: {percent(score.score)} — {score.note}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
