import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { PriorityField } from './priority-field';
import { parseTags } from '../../ui/parse-tags';
import { UpdateTicket } from '../ticket-operations';
import { type TicketDetail, type TicketPriority } from '../ticket-types';

/** Edit subject, priority and tags, sending the version read (someone else's newer change fails with CONFLICT). */
export function TicketEditForm({ ticket, onDone }: { ticket: TicketDetail; onDone: (saved: boolean) => void }) {
  const [subject, setSubject] = useState(ticket.subject);
  const [priority, setPriority] = useState<TicketPriority>(ticket.priority);
  const [tags, setTags] = useState(ticket.tags.join(', '));
  const [update, state] = useMutation(UpdateTicket);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { version: ticket.version, subject: subject.trim(), priority, tags: parseTags(tags) };
    if ((await update({ variables: { id: ticket.id, input } })).data?.updateTicket) onDone(true);
  };

  return (
    <form className="ticket-edit-form" aria-label="Edit the ticket" onSubmit={(event) => void submit(event)}>
      <label>
        Subject
        <input value={subject} required maxLength={200} onChange={(event) => setSubject(event.target.value)} />
      </label>
      <PriorityField value={priority} onChange={setPriority} />
      <label>
        Tags (comma or space separated)
        <input value={tags} onChange={(event) => setTags(event.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.loading || !subject.trim()}>
          Save changes
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
      {state.error ? <ErrorView error={state.error} title="The changes were not saved" /> : null}
    </form>
  );
}
