import { formatRelativeTime } from '../../ui/format-time';
import type { TicketMessage } from '../ticket-types';

const AUTHOR_LABELS: Readonly<Record<TicketMessage['authorRole'], string>> = { CUSTOMER: 'Customer', AGENT: 'Agent', AI: 'AI assistant', SYSTEM: 'System' };

/** The ticket's description followed by every message; internal notes are marked. */
export function Conversation({ description, createdAt, messages }: { description: string; createdAt: string; messages: TicketMessage[] }) {
  return (
    <ol className="conversation" aria-label="Conversation">
      <li className="message from-customer">
        <header>
          Customer · <time dateTime={createdAt}>{formatRelativeTime(createdAt)}</time>
        </header>
        <p>{description}</p>
      </li>
      {messages.map((message) => (
        <li key={message.id} className={`message from-${message.authorRole.toLowerCase()}${message.internal ? ' internal' : ''}`}>
          <header>
            {AUTHOR_LABELS[message.authorRole]}
            {message.internal ? ' · internal note' : ''} · <time dateTime={message.createdAt}>{formatRelativeTime(message.createdAt)}</time>
          </header>
          <p>{message.body ?? '(hidden)'}</p>
        </li>
      ))}
    </ol>
  );
}
