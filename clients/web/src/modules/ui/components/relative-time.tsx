import { formatRelativeTime } from '../format-time';
import { useNow } from '../hooks/use-now';

/** "3 minutes ago" that keeps ticking; the exact time is in the tooltip and the datetime attribute. */
export function RelativeTime({ iso }: { iso: string }) {
  const now = useNow();
  return (
    <time dateTime={iso} title={new Date(iso).toLocaleString()}>
      {formatRelativeTime(iso, now)}
    </time>
  );
}
