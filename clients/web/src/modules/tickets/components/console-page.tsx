import { useCallback, useState } from 'react';
import { navigate } from '../../../app/navigation';
import { EmptyView } from '../../ui/components/empty-view';
import { useKeyboardShortcuts } from '../../ui/hooks/use-keyboard-shortcuts';
import { useQueue } from '../hooks/use-queue';
import { useQueuePages } from '../hooks/use-queue-pages';
import { useStaffDirectory } from '../hooks/use-staff-directory';
import { OPEN_WORK } from '../ticket-labels';
import type { TicketFilter } from '../ticket-types';
import { QueuePanel } from './queue-panel';
import { ShortcutHelpDialog } from './shortcut-help-dialog';
import { TicketPanel } from './ticket-panel';

/** The agent console: the live queue beside the selected ticket (stacked on a phone). */
export function ConsolePage({ ticketId }: { ticketId: string | undefined }) {
  const [filter, setFilter] = useState<TicketFilter>({ status: OPEN_WORK });
  const [helpOpen, setHelpOpen] = useState(false);
  const pages = useQueuePages();
  const queue = useQueue(filter, pages.after);
  const { staff, myId } = useStaffDirectory();
  const { reset } = pages;
  const onFilterChange = useCallback(
    (next: TicketFilter) => {
      setFilter(next);
      reset();
    },
    [reset],
  );

  const ids = queue.data?.tickets.edges.map((edge) => edge.node.id) ?? [];
  const step = (offset: number) => {
    if (ids.length === 0) return;
    const index = ticketId ? ids.indexOf(ticketId) : -1;
    const next = ids[Math.min(ids.length - 1, Math.max(0, index === -1 ? 0 : index + offset))];
    if (next && next !== ticketId) navigate(`/tickets/${next}`);
  };
  useKeyboardShortcuts({ j: () => step(1), k: () => step(-1), '?': () => setHelpOpen((open) => !open) });

  return (
    <div className={`console-page${ticketId ? ' has-ticket' : ''}`}>
      <QueuePanel queue={queue} pages={pages} selectedId={ticketId} staff={staff} myId={myId} onFilterChange={onFilterChange} />
      <section className="ticket-panel" aria-label="Ticket">
        {ticketId ? (
          <>
            <button type="button" className="back-to-queue" onClick={() => navigate('/')}>
              ← Queue
            </button>
            <TicketPanel ticketId={ticketId} staff={staff} myId={myId} />
          </>
        ) : (
          <EmptyView>Pick a ticket from the queue (j / k move through it, ? lists the shortcuts).</EmptyView>
        )}
      </section>
      <ShortcutHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
