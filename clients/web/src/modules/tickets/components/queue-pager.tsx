import { QUEUE_SIZE } from '../hooks/use-queue';

interface QueuePagerProps {
  readonly pageIndex: number;
  readonly shown: number;
  readonly totalCount: number;
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
  readonly onOlder: (endCursor: string) => void;
  readonly onNewer: () => void;
}

/** "51–100 of 230" with buttons to the newer and older pages (the queue is newest first). */
export function QueuePager({ pageIndex, shown, totalCount, endCursor, hasNextPage, onOlder, onNewer }: QueuePagerProps) {
  if (pageIndex === 0 && !hasNextPage) return null;
  const first = pageIndex * QUEUE_SIZE + 1;
  return (
    <nav className="queue-pager" aria-label="Queue pages">
      <button type="button" disabled={pageIndex === 0} onClick={onNewer}>
        ← Newer
      </button>
      <span className="muted">
        {shown > 0 ? `${first}–${first + shown - 1}` : '0'} of {totalCount}
      </span>
      <button type="button" disabled={!hasNextPage || !endCursor} onClick={() => endCursor && onOlder(endCursor)}>
        Older →
      </button>
    </nav>
  );
}
