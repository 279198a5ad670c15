import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AddMessage } from '../../tickets/ticket-operations';
import { ErrorView } from '../../ui/components/error-view';

export function CustomerReplyForm({ ticketId, waitingOnCustomer, onSent }: { ticketId: string; waitingOnCustomer: boolean; onSent: () => void }) {
  const [body, setBody] = useState('');
  const [send, state] = useMutation(AddMessage);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    if ((await send({ variables: { ticketId, input: { body: body.trim() } } })).data?.addMessage) {
      setBody('');
      onSent();
    }
  };
  return (
    <form className="customer-reply" onSubmit={(event) => void submit(event)} aria-label="Reply to support">
      <label htmlFor="customer-reply">{waitingOnCustomer ? 'We need a few details from you' : 'Add a message'}</label>
      <textarea id="customer-reply" rows={3} value={body} onChange={(event) => setBody(event.target.value)} />
      {state.error ? <ErrorView error={state.error} title="Not sent" /> : null}
      <button type="submit" className="primary" disabled={state.loading || !body.trim()}>
        Send
      </button>
    </form>
  );
}
