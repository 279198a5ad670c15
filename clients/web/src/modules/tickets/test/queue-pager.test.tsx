/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { QueuePager } from '../components/queue-pager';
import { useQueuePages } from '../hooks/use-queue-pages';

/** A queue of `total` tickets served 50 a page, cursors named after the page they end. */
function PagedQueue({ total }: { total: number }) {
  const pages = useQueuePages();
  const start = pages.after === null ? 0 : Number(pages.after.replace('end-', ''));
  const shown = Math.max(0, Math.min(50, total - start));
  return (
    <>
      <p data-testid="after">{pages.after ?? 'first page'}</p>
      <QueuePager pageIndex={pages.pageIndex} shown={shown} totalCount={total} endCursor={`end-${start + shown}`} hasNextPage={start + shown < total} onOlder={pages.older} onNewer={pages.newer} />
      <button type="button" onClick={pages.reset}>
        New filter
      </button>
    </>
  );
}

describe('queue paging', () => {
  it('pages past 50 tickets by cursor and back, and starts again on a new filter', () => {
    render(<PagedQueue total={120} />);
    expect(screen.getByText('1–50 of 120')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Older →' }));
    expect(screen.getByTestId('after').textContent).toBe('end-50');
    fireEvent.click(screen.getByRole('button', { name: 'Older →' }));
    expect(screen.getByText('101–120 of 120')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Older →' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '← Newer' }));
    expect(screen.getByText('51–100 of 120')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New filter' }));
    expect(screen.getByTestId('after').textContent).toBe('first page');
  });

  it('stays out of the way when everything fits on one page', () => {
    render(<PagedQueue total={12} />);
    expect(screen.queryByRole('navigation', { name: 'Queue pages' })).toBeNull();
  });
});
