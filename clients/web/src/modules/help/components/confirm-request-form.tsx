import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../../app/navigation';
import { ErrorView } from '../../ui/components/error-view';
import { OpenTicket } from '../help-operations';
import { ticketSubjectFrom } from '../ticket-subject';

/** The last step before a ticket exists: the customer checks (and may edit) the subject and description, then sends. */
export function ConfirmRequestForm({ problem, onBack }: { problem: string; onBack: () => void }) {
  const [subject, setSubject] = useState(() => ticketSubjectFrom(problem));
  const [description, setDescription] = useState(problem.trim());
  const [openTicket, state] = useMutation(OpenTicket);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!subject.trim() || !description.trim()) return;
    const { data } = await openTicket({ variables: { input: { subject: subject.trim(), description: description.trim(), channel: 'WEB' } } });
    if (data?.createTicket) navigate(`/help/tickets/${data.createTicket.id}`);
  };

  return (
    <form className="problem-form confirm-request" aria-label="Check your request" onSubmit={(event) => void submit(event)}>
      <h2>Check your request before we open it</h2>
      <label>
        Subject
        <input value={subject} required maxLength={200} onChange={(event) => setSubject(event.target.value)} />
      </label>
      <label>
        Description
        <textarea rows={6} required value={description} onChange={(event) => setDescription(event.target.value)} />
      </label>
      {state.error ? <ErrorView error={state.error} title="Your request was not sent" /> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.loading || !subject.trim() || !description.trim()}>
          Open the request
        </button>
        <button type="button" onClick={onBack}>
          Back
        </button>
      </div>
    </form>
  );
}
