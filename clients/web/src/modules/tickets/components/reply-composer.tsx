import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { useReplyDraft } from '../hooks/use-reply-draft';
import { AddMessage, DraftReply } from '../ticket-operations';
import { ReplyDraftPreview } from './reply-draft-preview';

export const REPLY_FIELD_ID = 'reply-body';

/** Write a reply or an internal note; or have the AI draft one, edit it and send it. */
export function ReplyComposer({ ticketId, onSent }: { ticketId: string; onSent: () => void }) {
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [runId, setRunId] = useState<string>();
  const [draftUsed, setDraftUsed] = useState<string>();
  const [requestDraft, draftState] = useMutation(DraftReply);
  const [send, sendState] = useMutation(AddMessage);
  const draft = useReplyDraft(runId);

  // A finished draft goes into the editor once, unless the agent already started writing.
  useEffect(() => {
    if (runId && draft.done && draft.text && draftUsed !== runId) {
      setDraftUsed(runId);
      setBody((current) => (current.trim() ? current : draft.text));
    }
  }, [runId, draft.done, draft.text, draftUsed]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    if ((await send({ variables: { ticketId, input: { body: body.trim(), internal } } })).data?.addMessage) {
      setBody('');
      setRunId(undefined);
      onSent();
    }
  };

  const startDraft = async () => {
    const { data } = await requestDraft({ variables: { ticketId } });
    if (data?.draftReply) setRunId(data.draftReply.id);
  };

  return (
    <form className="reply-composer" onSubmit={(event) => void submit(event)} aria-label="Reply">
      <label htmlFor={REPLY_FIELD_ID}>{internal ? 'Internal note (customers never see it)' : 'Reply to the customer'}</label>
      <textarea id={REPLY_FIELD_ID} rows={5} value={body} onChange={(event) => setBody(event.target.value)} />
      {runId ? <ReplyDraftPreview draft={draft} /> : null}
      {draft.error ? <ErrorView error={draft.error} title="The draft failed" /> : null}
      {draftState.error ? <ErrorView error={draftState.error} title="Could not start a draft" /> : null}
      {sendState.error ? <ErrorView error={sendState.error} title="Not sent" /> : null}
      <div className="composer-actions">
        <label className="checkbox">
          <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} />
          Internal note
        </label>
        <button type="button" onClick={() => void startDraft()} disabled={draftState.loading || (runId !== undefined && !draft.done)}>
          Draft with AI
        </button>
        <button type="submit" className="primary" disabled={sendState.loading || !body.trim()}>
          {internal ? 'Add note' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}
