import { useNow } from '../../ui/hooks/use-now';
import { slaLabel } from '../sla-label';
import type { TicketStatus } from '../ticket-types';

/** The SLA as it stands now, ticking; it stops once the ticket is resolved. */
export function SlaBadge({ ticket }: { ticket: { status: TicketStatus; slaDueAt: string; firstResponseAt: string | null; resolvedAt: string | null } }) {
  const label = slaLabel(ticket, useNow());
  return (
    <span className={`badge sla sla-${label.tone}`} title={label.tone === 'done' ? undefined : `SLA target ${new Date(ticket.slaDueAt).toLocaleString()}`}>
      {label.text}
    </span>
  );
}
