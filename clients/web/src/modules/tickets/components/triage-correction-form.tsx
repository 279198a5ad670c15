import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { PriorityField } from './priority-field';
import { useTriageCategories } from '../hooks/use-triage-categories';
import { AcceptTriage, OverrideTriage } from '../ticket-operations';
import { type TicketPriority, type TicketTriage } from '../ticket-types';

/** Confirm the AI's triage, or correct it from pick lists (the correction becomes training data). */
export function TriageCorrectionForm({ ticketId, triage, onChanged }: { ticketId: string; triage: TicketTriage | null; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const { categories, teams } = useTriageCategories();
  const [category, setCategory] = useState(triage?.category?.toLowerCase() ?? '');
  const [priority, setPriority] = useState<TicketPriority>(triage?.priority ?? 'NORMAL');
  const [team, setTeam] = useState(triage?.team ?? '');
  const [override, overrideState] = useMutation(OverrideTriage);
  const [accept, acceptState] = useMutation(AcceptTriage);
  // A category the taxonomy does not list (a team's own imported one) stays choosable as it is.
  const knownCategory = category === '' || categories.some((option) => option.id === category);
  const knownTeam = team === '' || teams.some((option) => option.key === team);

  const pickCategory = (id: string) => {
    setCategory(id);
    const owner = categories.find((option) => option.id === id)?.team;
    if (owner) setTeam(owner);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!category) return;
    if ((await override({ variables: { ticketId, category, priority, team: team || null } })).data?.overrideTriage) {
      setOpen(false);
      onChanged();
    }
  };

  return (
    <div className="triage-correction">
      {triage && !triage.escalated && triage.category !== null && !triage.accepted && !triage.overridden ? (
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
            <select value={category} required onChange={(event) => pickCategory(event.target.value)}>
              <option value="" disabled>
                Pick a category
              </option>
              {knownCategory ? null : <option value={category}>{triage?.categoryName ?? category}</option>}
              {categories.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
          <PriorityField value={priority} onChange={setPriority} />
          <label>
            Team
            <select value={team} onChange={(event) => setTeam(event.target.value)}>
              {knownTeam ? null : <option value={team}>{triage?.teamName ?? team}</option>}
              {teams.map((option) => (
                <option key={option.key} value={option.key}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={overrideState.loading || !category}>
            Save correction
          </button>
          {overrideState.error ? <ErrorView error={overrideState.error} title="The correction was not saved" /> : null}
        </form>
      ) : null}
    </div>
  );
}
