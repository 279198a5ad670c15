import { EmptyView } from '../../ui/components/empty-view';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import type { useQueue } from '../hooks/use-queue';
import type { useQueuePages } from '../hooks/use-queue-pages';
import type { StaffMember, TicketFilter } from '../ticket-types';
import { QueueFilters } from './queue-filters';
import { QueueList } from './queue-list';
import { QueuePager } from './queue-pager';

interface QueuePanelProps {
  readonly queue: ReturnType<typeof useQueue>;
  readonly pages: ReturnType<typeof useQueuePages>;
  readonly selectedId: string | undefined;
  readonly staff: StaffMember[];
  readonly myId: string;
  readonly onFilterChange: (filter: TicketFilter) => void;
}

export function QueuePanel({ queue, pages, selectedId, staff, myId, onFilterChange }: QueuePanelProps) {
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
      {queue.data ? (
        <QueuePager
          pageIndex={pages.pageIndex}
          shown={tickets.length}
          totalCount={queue.data.tickets.totalCount}
          endCursor={queue.data.tickets.pageInfo.endCursor}
          hasNextPage={queue.data.tickets.pageInfo.hasNextPage}
          onOlder={pages.older}
          onNewer={pages.newer}
        />
      ) : null}
    </section>
  );
}
