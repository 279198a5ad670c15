import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../../../app/navigation';

/** An anchor that changes route without reloading (and still opens in a new tab with a modifier key). */
export function AppLink({ to, children, className, ariaLabel }: { to: string; children: ReactNode; className?: string; ariaLabel?: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={follow} className={className} aria-label={ariaLabel}>
      {children}
    </a>
  );
}
