import { useMutation } from '@apollo/client/react';
import { navigate } from '../../../app/navigation';
import { useLiveQuery } from '../../live/hooks/use-live-query';
import { TicketEvents } from '../../live/live-operations';
import { Conversation } from '../../tickets/components/conversation';
import { StatusBadge } from '../../tickets/components/ticket-badges';
import { TicketAttachmentsPanel } from '../../tickets/components/ticket-attachments';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { MyTicket, RateTicket } from '../help-operations';
import { CustomerReplyForm } from './customer-reply-form';
import { SatisfactionSurvey } from './satisfaction-survey';

const STATUS_EXPLANATIONS: Readonly<Record<string, string>> = {
  NEW: 'We have your request and are looking at it.',
  OPEN: 'Our team is working on it.',
  PENDING_CUSTOMER: 'We are waiting for your answer below.',
  ESCALATED: 'A specialist has taken over your request.',
  RESOLVED: 'We think this is solved. Reply if it is not.',
  CLOSED: 'This request is closed.',
};

/** The customer's own ticket, followed live: replies from the AI and agents, requests for details, status changes. */
export function CustomerConversation({ ticketId }: { ticketId: string }) {
  const { data, error, loading, refetch } = useLiveQuery(MyTicket, { id: ticketId }, { document: TicketEvents, variables: { filter: { ticketId } } });
  const [rate] = useMutation(RateTicket);
  if (loading) return <LoadingView label="Loading your request" />;
  if (error && !data) return <ErrorView error={error} title="Your request could not be loaded" onRetry={() => void refetch()} />;
  const ticket = data?.ticket;
  if (!ticket) return <ErrorView error={new Error('We could not find this request.')} title="Not found" />;
  const messages = ticket.messages.map((message) => ({ ...message, authorId: null, internal: false }));
  return (
    <article className="customer-conversation" aria-labelledby="request-heading">
      <button type="button" onClick={() => navigate('/help')}>
        ← Help
      </button>
      <h2 id="request-heading">
        {ticket.number} {ticket.subject}
      </h2>
      <p className="badges" aria-live="polite">
        <StatusBadge status={ticket.status} /> <span>{STATUS_EXPLANATIONS[ticket.status]}</span>
      </p>
      {ticket.satisfaction && (ticket.satisfaction.open || ticket.satisfaction.score !== null) ? (
        <SatisfactionSurvey satisfaction={ticket.satisfaction} onAnswer={(score, comment, idempotencyKey) => rate({ variables: { ticketId: ticket.id, score, comment, idempotencyKey } })} />
      ) : null}
      <Conversation description={ticket.description} createdAt={ticket.createdAt} messages={messages} articleLink={(articleId) => `/help/articles/${articleId}`} />
      <TicketAttachmentsPanel ticketId={ticket.id} />
      {ticket.status !== 'CLOSED' ? <CustomerReplyForm ticketId={ticket.id} waitingOnCustomer={ticket.status === 'PENDING_CUSTOMER'} onSent={() => void refetch()} /> : null}
    </article>
  );
}
