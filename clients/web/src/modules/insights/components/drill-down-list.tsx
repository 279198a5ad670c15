import { useQuery } from '@apollo/client/react';
import { useSession } from '../../session/hooks/use-session';
import { STAFF_ROLES } from '../../session/session';
import { AppLink } from '../../ui/components/app-link';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { FeedbackDrillDown } from '../insights-operations';
import type { DrillFigure, InsightFilter } from '../insights-types';

const PAGE = 50;

/** The tickets behind a figure; the support team opens each in the queue. */
export function DrillDownList({ filter, figure, label, onClose }: { filter: InsightFilter; figure: DrillFigure; label: string; onClose: () => void }) {
  const { role } = useSession();
  const { data, loading, error } = useQuery(FeedbackDrillDown, { variables: { filter, figure, first: PAGE, offset: 0 } });
  const opensTickets = STAFF_ROLES.includes(role);
  return (
    <section className="drill-down" aria-labelledby="drill-down-heading">
      <header>
        <h2 id="drill-down-heading">Tickets behind “{label}”</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {loading ? <LoadingView label="Loading tickets" /> : null}
      {error ? <ErrorView error={error} title="The tickets could not be loaded" /> : null}
      {data ? (
        <>
          <p>
            {data.feedbackDrillDown.total} ticket(s){data.feedbackDrillDown.total > PAGE ? `, the newest ${PAGE} shown` : ''}
          </p>
          <ul className="drill-down-tickets">
            {data.feedbackDrillDown.tickets.map((ticket) => (
              <li key={ticket.id}>
                {opensTickets ? <AppLink to={`/tickets/${ticket.id}`}>{ticket.number}</AppLink> : <span>{ticket.number}</span>} <span className="status">{ticket.status}</span>{' '}
                <time dateTime={ticket.createdAt}>{new Date(ticket.createdAt).toLocaleString()}</time>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
