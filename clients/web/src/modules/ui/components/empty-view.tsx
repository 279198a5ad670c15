import type { ReactNode } from 'react';

export function EmptyView({ children }: { children: ReactNode }) {
  return <p className="empty-view">{children}</p>;
}
