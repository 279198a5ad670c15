import { RelativeTime } from '../../ui/components/relative-time';
import type { TicketMessage } from '../ticket-types';

const AUTHOR_LABELS: Readonly<Record<TicketMessage['authorRole'], string>> = { CUSTOMER: 'Customer', AGENT: 'Agent', AI: 'AI assistant', SYSTEM: 'System' };

/** The ticket's description followed by every message; internal notes are marked. */
export function Conversation({ description, createdAt, messages }: { description: string; createdAt: string; messages: TicketMessage[] }) {
  return (
    <ol className="conversation" aria-label="Conversation">
      <li className="message from-customer">
        <header>
          Customer · <RelativeTime iso={createdAt} />
        </header>
        <p>{description}</p>
      </li>
      {messages.map((message) => (
        <li key={message.id} className={`message from-${message.authorRole.toLowerCase()}${message.internal ? ' internal' : ''}`}>
          <header>
            {AUTHOR_LABELS[message.authorRole]}
            {message.internal ? ' · internal note' : ''} · <RelativeTime iso={message.createdAt} />
          </header>
          <p>{message.body ?? '(hidden)'}</p>
        </li>
      ))}
    </ol>
  );
}
