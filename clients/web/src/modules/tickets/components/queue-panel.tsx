import { EmptyView } from '../../ui/components/empty-view';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import type { useQueue } from '../hooks/use-queue';
import type { StaffMember, TicketFilter } from '../ticket-types';
import { QueueFilters } from './queue-filters';
import { QueueList } from './queue-list';

interface QueuePanelProps {
  readonly queue: ReturnType<typeof useQueue>;
  readonly selectedId: string | undefined;
  readonly staff: StaffMember[];
  readonly myId: string;
  readonly onFilterChange: (filter: TicketFilter) => void;
}

export function QueuePanel({ queue, selectedId, staff, myId, onFilterChange }: QueuePanelProps) {
  const tickets = queue.data?.tickets.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="queue-panel" aria-labelledby="queue-heading">
      <h2 id="queue-heading">
        Queue {queue.data ? <span className="count">({queue.data.tickets.totalCount})</span> : null}
      </h2>
      <QueueFilters staff={staff} myId={myId} onChange={onFilterChange} />
      {queue.error ? <ErrorView error={queue.error} title="The queue could not be loaded" onRetry={() => void queue.refetch()} /> : null}
      {queue.loading ? <LoadingView label="Loading the queue" /> : null}
      {!queue.loading && !queue.error && tickets.length === 0 ? <EmptyView>No tickets match these filters.</EmptyView> : null}
      {tickets.length > 0 ? <QueueList tickets={tickets} selectedId={selectedId} /> : null}
    </section>
  );
}
