import { RelativeTime } from '../../ui/components/relative-time';
import { describePerson } from '../staff-names';
import { STATUS_LABELS } from '../ticket-labels';
import type { StaffMember, TicketHistoryEntry, TicketStatus } from '../ticket-types';

const FIELD_LABELS: Readonly<Record<string, string>> = { status: 'Status', assignee: 'Assignee', priority: 'Priority', subject: 'Subject', description: 'Description', category: 'Category', tags: 'Tags' };

function describeValue(field: string, value: string | null, staff: readonly StaffMember[], myId: string): string {
  if (field === 'assignee') return describePerson(value, staff, myId);
  if (value === null || value === '') return 'none';
  if (field === 'status') return STATUS_LABELS[value as TicketStatus] ?? value;
  if (field === 'priority') return value.toLowerCase();
  if (field === 'description') return 'new text';
  return value;
}

/** Who changed what and when, newest first. */
export function TicketHistory({ history, staff, myId }: { history: TicketHistoryEntry[]; staff: readonly StaffMember[]; myId: string }) {
  const entries = [...history].reverse();
  return (
    <details className="ticket-history">
      <summary>Change history ({history.length})</summary>
      <ol aria-label="Change history">
        {entries.map((entry, index) => (
          <li key={`${entry.changedAt}-${entry.field}-${index}`}>
            <strong>{FIELD_LABELS[entry.field] ?? entry.field}</strong>{' '}
            {entry.from === null && entry.field === 'status' ? 'opened' : `${describeValue(entry.field, entry.from, staff, myId)} → ${describeValue(entry.field, entry.to, staff, myId)}`}{' '}
            <span className="muted">
              by {describePerson(entry.actor, staff, myId)} · <RelativeTime iso={entry.changedAt} />
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
