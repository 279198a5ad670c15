import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { useKeyboardShortcuts } from '../../ui/hooks/use-keyboard-shortcuts';
import { formatRelativeTime } from '../../ui/format-time';
import { useTicket } from '../hooks/use-ticket';
import { useTicketMoves } from '../hooks/use-ticket-moves';
import type { StaffMember, TicketDetail } from '../ticket-types';
import { AiInsights } from './ai-insights';
import { Conversation } from './conversation';
import { REPLY_FIELD_ID, ReplyComposer } from './reply-composer';
import { PriorityBadge, StatusBadge } from './ticket-badges';
import { TicketActions } from './ticket-actions';
import { TicketKnowledgePanel } from './ticket-knowledge-panel';
import { TriageCorrectionForm } from './triage-correction-form';

function TicketWorkspace({ ticket, refetch, staff, myId }: { ticket: TicketDetail; refetch: () => void; staff: StaffMember[]; myId: string }) {
  const moves = useTicketMoves(ticket.id, ticket.status, refetch);
  useKeyboardShortcuts({
    r: () => document.getElementById(REPLY_FIELD_ID)?.focus(),
    e: () => {
      if (!['ESCALATED', 'RESOLVED', 'CLOSED'].includes(ticket.status)) void moves.escalate();
    },
  });
  return (
    <article className="ticket-workspace" aria-labelledby="ticket-subject">
      <header className="ticket-header">
        <h2 id="ticket-subject">
          <span className="ticket-number">{ticket.number}</span> {ticket.subject}
        </h2>
        <p className="badges">
          <StatusBadge status={ticket.status} />
          <PriorityBadge priority={ticket.priority} />
          <span className="muted">SLA {formatRelativeTime(ticket.slaDueAt)}</span>
        </p>
        <p className="customer-card" aria-label="Customer">
          {ticket.customer.name ?? 'Unnamed customer'} · {ticket.customer.email ?? 'no email'} · {ticket.customer.tier.toLowerCase()}
        </p>
        <TicketActions ticket={ticket} moves={moves} staff={staff} myId={myId} />
      </header>
      <AiInsights ticket={ticket} />
      <TriageCorrectionForm key={ticket.id} ticketId={ticket.id} triage={ticket.triage} onChanged={refetch} />
      <div className="ticket-columns">
        <div className="ticket-main">
          <Conversation description={ticket.description} createdAt={ticket.createdAt} messages={ticket.messages} />
          <ReplyComposer key={ticket.id} ticketId={ticket.id} onSent={refetch} />
        </div>
        <TicketKnowledgePanel ticketId={ticket.id} />
      </div>
    </article>
  );
}

export function TicketPanel({ ticketId, staff, myId }: { ticketId: string; staff: StaffMember[]; myId: string }) {
  const { data, error, loading, refetch } = useTicket(ticketId);
  if (loading) return <LoadingView label="Loading the ticket" />;
  if (error && !data) return <ErrorView error={error} title="The ticket could not be loaded" onRetry={() => void refetch()} />;
  if (!data?.ticket) return <ErrorView error={new Error('No ticket has this id, or you may not see it.')} title="Ticket not found" />;
  return <TicketWorkspace ticket={data.ticket} refetch={() => void refetch()} staff={staff} myId={myId} />;
}
