import { RelativeTime } from '../../ui/components/relative-time';
import type { TicketMessage } from '../ticket-types';
import { MessageBody } from './message-body';

const AUTHOR_LABELS: Readonly<Record<TicketMessage['authorRole'], string>> = { CUSTOMER: 'Customer', AGENT: 'Agent', AI: 'AI assistant', SYSTEM: 'System' };

/** The ticket's description followed by every message; internal notes are marked. */
export function Conversation({
  description,
  createdAt,
  messages,
  articleLink = (articleId) => `/knowledge/articles/${articleId}`,
}: {
  description: string;
  createdAt: string;
  messages: TicketMessage[];
  /** Where a cited article opens: the knowledge page for staff, the help page's article page for customers. */
  articleLink?: (articleId: string) => string;
}) {
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
          {message.body === null ? <p>(hidden)</p> : <MessageBody body={message.body} articleLink={articleLink} />}
        </li>
      ))}
    </ol>
  );
}
