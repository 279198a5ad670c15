import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { useReplyDraft } from '../hooks/use-reply-draft';
import { AddMessage, DraftReply, RateDraft } from '../ticket-operations';
import { ReplyDraftPreview } from './reply-draft-preview';

export const REPLY_FIELD_ID = 'reply-body';

/**
 * Write a reply or an internal note; or have the AI draft one, edit it and send it. A draft asked for
 * with an empty reply box streams straight into it (read-only until it is done); with text already
 * there, the draft appears beside it instead, so the agent's words are never overwritten.
 */
export function ReplyComposer({ ticketId, onSent }: { ticketId: string; onSent: () => void }) {
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [runId, setRunId] = useState<string>();
  const [streamIntoBox, setStreamIntoBox] = useState(false);
  const [requestDraft, draftState] = useMutation(DraftReply);
  const [send, sendState] = useMutation(AddMessage);
  const [rateDraft] = useMutation(RateDraft);
  const [discardReason, setDiscardReason] = useState('WRONG_ANSWER');
  const draft = useReplyDraft(runId);
  const streaming = streamIntoBox && runId !== undefined && !draft.done;

  // The finished draft becomes the reply box's own text, once.
  useEffect(() => {
    if (streamIntoBox && draft.done) {
      setStreamIntoBox(false);
      if (draft.text) setBody(draft.text);
    }
  }, [streamIntoBox, draft.done, draft.text]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim() || streaming) return;
    if ((await send({ variables: { ticketId, input: { body: body.trim(), internal } } })).data?.addMessage) {
      // A public reply that started from the AI's draft tells the feedback loop how much the agent changed it.
      if (runId && draft.done && draft.text && !internal) {
        const sent = body.trim();
        void rateDraft({ variables: { runId, outcome: sent === draft.text.trim() ? 'SENT_AS_IS' : 'EDITED', sentText: sent, idempotencyKey: `draft-${runId}-sent` } }).catch(() => undefined);
      }
      setBody('');
      setRunId(undefined);
      onSent();
    }
  };

  const discardDraft = () => {
    if (!runId) return;
    void rateDraft({ variables: { runId, outcome: 'DISCARDED', reason: discardReason, idempotencyKey: `draft-${runId}-discarded` } }).catch(() => undefined);
    if (body === draft.text) setBody('');
    setRunId(undefined);
  };

  const startDraft = async () => {
    const { data } = await requestDraft({ variables: { ticketId } });
    if (!data?.draftReply) return;
    setStreamIntoBox(!body.trim());
    setRunId(data.draftReply.id);
  };

  return (
    <form className="reply-composer" onSubmit={(event) => void submit(event)} aria-label="Reply">
      <label htmlFor={REPLY_FIELD_ID}>{internal ? 'Internal note (customers never see it)' : 'Reply to the customer'}</label>
      <textarea
        id={REPLY_FIELD_ID}
        rows={6}
        value={streaming ? draft.text : body}
        readOnly={streaming}
        aria-busy={streaming}
        placeholder={streaming ? 'The AI is writing…' : undefined}
        onChange={(event) => setBody(event.target.value)}
      />
      {runId ? <ReplyDraftPreview draft={draft} showText={!streamIntoBox && draft.text !== body} onUse={() => setBody(draft.text)} /> : null}
      {draft.error ? <ErrorView error={draft.error} title="The draft failed" /> : null}
      {draftState.error ? <ErrorView error={draftState.error} title="Could not start a draft" /> : null}
      {sendState.error ? <ErrorView error={sendState.error} title="Not sent" /> : null}
      <div className="composer-actions">
        <label className="checkbox">
          <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} />
          Internal note
        </label>
        {runId && draft.done ? (
          <span className="discard-draft">
            <select aria-label="Why discard the draft" value={discardReason} onChange={(event) => setDiscardReason(event.target.value)}>
              <option value="WRONG_ANSWER">Wrong answer</option>
              <option value="INCOMPLETE">Incomplete</option>
              <option value="TONE">Tone</option>
              <option value="OUTDATED">Outdated</option>
              <option value="NOT_NEEDED">Not needed</option>
              <option value="OTHER">Other</option>
            </select>
            <button type="button" onClick={discardDraft}>
              Discard draft
            </button>
          </span>
        ) : null}
        <button type="button" onClick={() => void startDraft()} disabled={draftState.loading || (runId !== undefined && !draft.done)}>
          Draft with AI
        </button>
        <button type="submit" className="primary" disabled={sendState.loading || streaming || !body.trim()}>
          {internal ? 'Add note' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}
