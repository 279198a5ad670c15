import { useQuery } from '@apollo/client/react';
import { StatusBadge } from '../../tickets/components/ticket-badges';
import { AppLink } from '../../ui/components/app-link';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { MyTickets } from '../help-operations';

/** The customer's earlier requests. */
export function MyRequests() {
  const { data, error, loading, refetch } = useQuery(MyTickets);
  const tickets = data?.tickets.edges.map((edge) => edge.node) ?? [];
  if (loading) return <LoadingView label="Loading your requests" />;
  if (error) return <ErrorView error={error} title="Your requests could not be loaded" onRetry={() => void refetch()} />;
  if (tickets.length === 0) return null;
  return (
    <section className="my-requests" aria-labelledby="my-requests-heading">
      <h2 id="my-requests-heading">Your requests</h2>
      <ul>
        {tickets.map((ticket) => (
          <li key={ticket.id}>
            <AppLink to={`/help/tickets/${ticket.id}`}>
              {ticket.number} {ticket.subject}
            </AppLink>{' '}
            <StatusBadge status={ticket.status} />
          </li>
        ))}
      </ul>
    </section>
  );
}
