import { typedDocument } from '../api/typed-document';
import replyStreamText from './graphql/reply-stream.graphql?raw';
import ticketEventsText from './graphql/ticket-events.graphql?raw';

/** Hand-written types for the live module's subscriptions (graphql/*.graphql). */
export interface TicketEventFilter {
  types?: ('CREATED' | 'UPDATED' | 'MESSAGE_ADDED' | 'STATUS_CHANGED' | 'ASSIGNED')[];
  ticketId?: string;
}
export const TicketEvents = typedDocument<{ ticketEvents: { id: string; type: string; ticketId: string } }, { filter?: TicketEventFilter }>(ticketEventsText);

export interface ReplyChunk {
  readonly seq: number;
  readonly delta: string;
  readonly done: boolean;
}
export const ReplyStream = typedDocument<{ replyStream: ReplyChunk }, { runId: string; afterSeq?: number }>(replyStreamText);
