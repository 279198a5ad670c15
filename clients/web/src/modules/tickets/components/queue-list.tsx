import { AppLink } from '../../ui/components/app-link';
import { RelativeTime } from '../../ui/components/relative-time';
import { SENTIMENT_LABELS } from '../sentiment-labels';
import type { QueueTicket } from '../ticket-types';
import { SlaBadge } from './sla-badge';
import { PriorityBadge, StatusBadge } from './ticket-badges';

export function QueueList({ tickets, selectedId }: { tickets: QueueTicket[]; selectedId: string | undefined }) {
  return (
    <ol className="queue-list" aria-label="Tickets">
      {tickets.map((ticket) => (
        <li key={ticket.id} className={ticket.id === selectedId ? 'selected' : undefined} aria-current={ticket.id === selectedId ? 'true' : undefined}>
          <AppLink to={`/tickets/${ticket.id}`} className="queue-item">
            <span className="queue-item-top">
              <span className="ticket-number">{ticket.number}</span>
              <StatusBadge status={ticket.status} />
              <PriorityBadge priority={ticket.priority} />
              {ticket.sentiment?.label === 'NEGATIVE' ? <span className="badge sentiment-negative">{SENTIMENT_LABELS.NEGATIVE}</span> : null}
              <SlaBadge ticket={ticket} />
            </span>
            <span className="queue-item-subject">{ticket.subject}</span>
            <span className="queue-item-meta">
              {ticket.customer.name ?? ticket.customer.email ?? 'Unknown customer'} · {ticket.triage ? `${ticket.triage.teamName}${ticket.triage.categoryName ? ` · ${ticket.triage.categoryName}` : ''}` : 'Not triaged yet'} ·{' '}
              <RelativeTime iso={ticket.createdAt} />
            </span>
          </AppLink>
        </li>
      ))}
    </ol>
  );
}
