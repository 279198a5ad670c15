import { useState } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { useKeyboardShortcuts } from '../../ui/hooks/use-keyboard-shortcuts';
import { useTicket } from '../hooks/use-ticket';
import { useTicketMoves } from '../hooks/use-ticket-moves';
import type { StaffMember, TicketDetail } from '../ticket-types';
import { AiInsights } from './ai-insights';
import { Conversation } from './conversation';
import { REPLY_FIELD_ID, ReplyComposer } from './reply-composer';
import { SlaBadge } from './sla-badge';
import { PriorityBadge, StatusBadge } from './ticket-badges';
import { TicketActions } from './ticket-actions';
import { TicketEditForm } from './ticket-edit-form';
import { TicketHistory } from './ticket-history';
import { TicketAttachmentsPanel } from './ticket-attachments';
import { TicketIssuesPanel } from '../../roadmap/components/ticket-issues-panel';
import { TicketKnowledgePanel } from './ticket-knowledge-panel';
import { TriageCorrectionForm } from './triage-correction-form';

function TicketWorkspace({ ticket, refetch, staff, myId }: { ticket: TicketDetail; refetch: () => void; staff: StaffMember[]; myId: string }) {
  const moves = useTicketMoves(ticket.id, ticket.status, refetch);
  const [editing, setEditing] = useState(false);
  useKeyboardShortcuts({
    r: () => document.getElementById(REPLY_FIELD_ID)?.focus(),
    // Escalation asks for a reason: the shortcut opens that form.
    e: () => document.querySelector<HTMLButtonElement>('.ticket-actions [aria-keyshortcuts="e"]')?.click(),
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
          <SlaBadge ticket={ticket} />
          {ticket.tags.map((tag) => (
            <span key={tag} className="badge tag">
              #{tag}
            </span>
          ))}
          {editing ? null : (
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit ticket
            </button>
          )}
        </p>
        {editing ? (
          <TicketEditForm
            ticket={ticket}
            onDone={(saved) => {
              setEditing(false);
              if (saved) refetch();
            }}
          />
        ) : null}
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
          <TicketAttachmentsPanel ticketId={ticket.id} />
          {ticket.history ? <TicketHistory history={ticket.history} staff={staff} myId={myId} /> : null}
        </div>
        <div className="ticket-side">
          <TicketKnowledgePanel ticketId={ticket.id} />
          <TicketIssuesPanel ticketId={ticket.id} />
        </div>
      </div>
    </article>
  );
}

export function TicketPanel({ ticketId, staff, myId }: { ticketId: string; staff: StaffMember[]; myId: string }) {
  const { data, error, loading, refetch } = useTicket(ticketId);
  if (loading) return <LoadingView label="Loading the ticket" />;
  if (error && !data) return <ErrorView error={error} title="The ticket could not be loaded" onRetry={() => void refetch()} />;
  if (!data?.ticket) return <ErrorView error={new Error('No such ticket, or you may not see it.')} title="Ticket not found" />;
  return <TicketWorkspace ticket={data.ticket} refetch={() => void refetch()} staff={staff} myId={myId} />;
}
