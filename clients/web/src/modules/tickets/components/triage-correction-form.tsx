import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { AcceptTriage, OverrideTriage } from '../ticket-operations';
import { TICKET_PRIORITIES, type TicketPriority, type TicketTriage } from '../ticket-types';

/** Confirm the AI's triage, or correct it (the correction becomes training data). */
export function TriageCorrectionForm({ ticketId, triage, onChanged }: { ticketId: string; triage: TicketTriage | null; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const [category, setCategory] = useState(triage?.category ?? '');
  const [priority, setPriority] = useState<TicketPriority>(triage?.priority ?? 'NORMAL');
  const [team, setTeam] = useState(triage?.team ?? '');
  const [override, overrideState] = useMutation(OverrideTriage);
  const [accept, acceptState] = useMutation(AcceptTriage);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await override({ variables: { ticketId, category: category.trim(), priority, team: team.trim() || null } })).data?.overrideTriage) {
      setOpen(false);
      onChanged();
    }
  };

  return (
    <div className="triage-correction">
      {triage && !triage.accepted && !triage.overridden ? (
        <button type="button" disabled={acceptState.loading} onClick={() => void accept({ variables: { ticketId } }).then(({ data }) => data?.acceptTriage && onChanged())}>
          Confirm triage
        </button>
      ) : null}
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Correct triage
      </button>
      {acceptState.error ? <ErrorView error={acceptState.error} title="Could not confirm" /> : null}
      {open ? (
        <form onSubmit={(event) => void submit(event)} aria-label="Correct the triage">
          <label>
            Category
            <input value={category} required onChange={(event) => setCategory(event.target.value)} />
          </label>
          <label>
            Priority
            <select value={priority} onChange={(event) => setPriority(event.target.value as TicketPriority)}>
              {TICKET_PRIORITIES.map((value) => (
                <option key={value} value={value}>
                  {value.toLowerCase()}
                </option>
              ))}
            </select>
          </label>
          <label>
            Team
            <input value={team} onChange={(event) => setTeam(event.target.value)} />
          </label>
          <button type="submit" disabled={overrideState.loading}>
            Save correction
          </button>
          {overrideState.error ? <ErrorView error={overrideState.error} title="The correction was not saved" /> : null}
        </form>
      ) : null}
    </div>
  );
}
