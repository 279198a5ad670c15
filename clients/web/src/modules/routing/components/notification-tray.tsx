import { useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { AppLink } from '../../ui/components/app-link';
import { AssignmentNotifications, SlaNotices } from '../routing-operations';

interface Notice {
  readonly id: string;
  readonly ticketId: string;
  readonly text: string;
  readonly urgent: boolean;
}

const CLOCKS: Record<string, string> = { FIRST_RESPONSE: 'first response', NEXT_RESPONSE: 'next response', RESOLUTION: 'resolution' };
/** The newest few; older ones are in the queue anyway. */
const KEEP = 5;

/** Live notices for the signed-in agent: tickets the router gave them, and SLA deadlines coming near or missed. */
export function NotificationTray() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const add = (notice: Notice) => setNotices((current) => [notice, ...current.filter((existing) => existing.id !== notice.id)].slice(0, KEEP));
  useSubscription(AssignmentNotifications, {
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      const event = data.data?.assignmentNotifications;
      if (!event) return;
      const label = event.ticket ? `${event.ticket.number} ${event.ticket.subject}` : 'a ticket';
      add({ id: event.id, ticketId: event.ticketId, text: `Assigned to you: ${label}`, urgent: false });
    },
  });
  useSubscription(SlaNotices, {
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      const event = data.data?.slaNotices;
      if (!event) return;
      const label = event.ticket ? event.ticket.number : 'A ticket';
      const due = new Date(event.dueAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      const clock = CLOCKS[event.clock] ?? event.clock;
      add({ id: event.id, ticketId: event.ticketId, text: event.breached ? `${label}: ${clock} SLA breached` : `${label}: ${clock} due at ${due}`, urgent: true });
    },
  });
  if (notices.length === 0) return null;
  return (
    <section className="notification-tray" aria-label="Notifications" role="status">
      <ul>
        {notices.map((notice) => (
          <li key={notice.id} className={notice.urgent ? 'urgent' : undefined}>
            <AppLink to={`/tickets/${notice.ticketId}`}>{notice.text}</AppLink>
            <button type="button" aria-label="Dismiss" onClick={() => setNotices((current) => current.filter((existing) => existing.id !== notice.id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
