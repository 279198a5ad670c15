import { useQuery } from '@apollo/client/react';
import { AppLink } from '../../ui/components/app-link';
import { EmptyView } from '../../ui/components/empty-view';
import { ErrorView } from '../../ui/components/error-view';
import { HighlightedSnippet } from '../../ui/components/highlighted-snippet';
import { LoadingView } from '../../ui/components/loading-view';
import { TicketKnowledge } from '../ticket-operations';
import { StatusBadge } from './ticket-badges';

/** Suggested articles and similar tickets; searched once per ticket (not polled). */
export function TicketKnowledgePanel({ ticketId }: { ticketId: string }) {
  const { data, error, loading, refetch } = useQuery(TicketKnowledge, { variables: { id: ticketId } });
  const knowledge = data?.ticket;
  return (
    <aside className="knowledge-panel" aria-label="Knowledge">
      <h3>Suggested articles</h3>
      {loading ? <LoadingView label="Finding articles" /> : null}
      {error ? <ErrorView error={error} title="Suggestions could not be loaded" onRetry={() => void refetch()} /> : null}
      {knowledge && knowledge.suggestedArticles.length === 0 ? <EmptyView>No published article matches this ticket.</EmptyView> : null}
      <ul className="article-list">
        {knowledge?.suggestedArticles.map((hit) => (
          <li key={hit.article.id}>
            <AppLink to={`/knowledge/articles/${hit.article.id}`} className="citation-link">
              {hit.article.title}
            </AppLink>
            <p>{hit.snippet ? <HighlightedSnippet snippet={hit.snippet} /> : hit.article.summary}</p>
          </li>
        ))}
      </ul>
      <h3>Similar tickets</h3>
      {knowledge && knowledge.similarTickets.length === 0 ? <EmptyView>No similar tickets yet.</EmptyView> : null}
      <ul className="similar-list">
        {knowledge?.similarTickets.map((similar) => (
          <li key={similar.ticket.id}>
            <AppLink to={`/tickets/${similar.ticket.id}`}>
              {similar.ticket.number} {similar.ticket.subject}
            </AppLink>{' '}
            <StatusBadge status={similar.ticket.status} />
          </li>
        ))}
      </ul>
    </aside>
  );
}
