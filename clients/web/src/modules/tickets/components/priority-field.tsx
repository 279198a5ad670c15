import { TICKET_PRIORITIES, type TicketPriority } from '../ticket-types';

/** "Priority" with a pick list of every priority, as the ticket edit and triage correction forms ask it. */
export function PriorityField({ value, onChange }: { value: TicketPriority; onChange: (priority: TicketPriority) => void }) {
  return (
    <label>
      Priority
      <select value={value} onChange={(event) => onChange(event.target.value as TicketPriority)}>
        {TICKET_PRIORITIES.map((priority) => (
          <option key={priority} value={priority}>
            {priority.toLowerCase()}
          </option>
        ))}
      </select>
    </label>
  );
}
