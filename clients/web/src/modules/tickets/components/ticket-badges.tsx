import { STATUS_LABELS } from '../ticket-labels';
import type { TicketPriority, TicketStatus } from '../ticket-types';

export function StatusBadge({ status }: { status: TicketStatus }) {
  return <span className={`badge status-${status.toLowerCase()}`}>{STATUS_LABELS[status]}</span>;
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  return <span className={`badge priority-${priority.toLowerCase()}`}>{priority.toLowerCase()}</span>;
}
