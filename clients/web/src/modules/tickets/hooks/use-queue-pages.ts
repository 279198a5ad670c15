import { useCallback, useState } from 'react';

/**
 * Cursor paging through the queue: the cursors of the pages before this one, so "Newer" goes back
 * exactly one page. A new filter starts again on the first page.
 */
export function useQueuePages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const older = useCallback((endCursor: string) => setCursors((previous) => [...previous, endCursor]), []);
  const newer = useCallback(() => setCursors((previous) => (previous.length > 1 ? previous.slice(0, -1) : previous)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { after, pageIndex: cursors.length - 1, older, newer, reset };
}
