import nodemailer, { type Transporter } from 'nodemailer';
import { emailMessagesTotal, startDurableConsumer, type DomainEvent, type DurableConsumer, type DurableEventStream, type JobQueue, type Logger, type QueuedJob } from '@support-graph/runtime';
import { isTicketEvent, TicketEventType } from '../../events/tickets-events.js';
import { TicketChannel } from '../../domain/ticket-enums.js';
import type { TicketStore } from '../../store/ticket-store.js';
import type { EmailThreadIndex } from '../threading/email-thread-index.js';
import type { OutboundReplyJob } from './outbound-reply-job.js';
import { replyMail } from './reply-mail.js';

export interface ReplySenderOptions {
  readonly smtpUrl: string;
  readonly from: string;
  readonly store: TicketStore;
  readonly index: EmailThreadIndex;
  readonly stream: DurableEventStream;
  readonly queue: JobQueue<OutboundReplyJob>;
  /** Attempts before a reply is marked FAILED (the queue's maxAttempts). */
  readonly maxAttempts: number;
  readonly logger: Logger;
}

/** Who answers by email: the team and the AI, never the customer's own messages or internal notes. */
const EMAILED_AUTHORS = new Set(['AGENT', 'AI']);

/**
 * Emails replies on email tickets: a durable consumer of `ticket.message_added` queues each reply
 * (keyed by message id, so a redelivered event queues nothing), and the queue's worker sends it by
 * SMTP with retries and backoff. The delivery state (QUEUED, SENT, FAILED) is kept per message.
 */
export function startReplySender(options: ReplySenderOptions): { stop(): Promise<void> } {
  const { store, index, queue, logger } = options;
  const transport: Transporter = nodemailer.createTransport(options.smtpUrl);

  const consumer: DurableConsumer = startDurableConsumer({
    stream: options.stream,
    group: 'tickets.email-outbound',
    types: [TicketEventType.MessageAdded],
    logger,
    handler: async (events: readonly DomainEvent[]) => {
      for (const event of events) {
        if (!isTicketEvent(event, TicketEventType.MessageAdded)) continue;
        const { ticketId, messageId, authorRole, internal } = event.payload;
        if (internal || !EMAILED_AUTHORS.has(authorRole)) continue;
        const ticket = await store.findTicket(ticketId);
        if (ticket?.channel !== TicketChannel.EMAIL) continue;
        if (await queue.enqueue(`reply:${messageId}`, { ticketId, messageId })) {
          await index.recordDelivery(ticketId, { ticketMessageId: messageId, state: 'QUEUED', attempts: 0, emailMessageId: null });
        }
      }
    },
  });

  queue.consume(async (job: QueuedJob<OutboundReplyJob>) => {
    const { ticketId, messageId } = job.payload;
    if ((await index.delivery(messageId))?.state === 'SENT') return;
    const ticket = await store.findTicket(ticketId);
    const message = ticket?.messages.find((candidate) => candidate.id === messageId);
    const customer = ticket && (await store.findCustomer(ticket.customerId));
    // Erased since (or never there): nothing left to send.
    if (!ticket || !message || !customer) return;
    const mail = replyMail({ ticket, customer, message, thread: await index.threadOf(ticketId), from: options.from });
    try {
      await transport.sendMail(mail);
    } catch (error) {
      const failed = job.attempt >= options.maxAttempts;
      await index.recordDelivery(ticketId, { ticketMessageId: messageId, state: failed ? 'FAILED' : 'QUEUED', attempts: job.attempt, emailMessageId: null });
      if (failed) emailMessagesTotal.inc({ direction: 'outbound', outcome: 'failed' });
      // The relay's codes only: its message text often quotes the recipient's address.
      const { code, responseCode } = error as { code?: string; responseCode?: number };
      logger.warn({ ticketId, messageId, attempt: job.attempt, code, responseCode }, 'email reply not sent');
      // What the queue keeps (its retry log, the dead-letter list) carries the codes, not the text.
      throw new Error(`SMTP relay refused or failed: ${responseCode ?? code ?? 'no response'}`);
    }
    await index.link(String(mail.messageId), ticketId);
    await index.recordDelivery(ticketId, { ticketMessageId: messageId, state: 'SENT', attempts: job.attempt, emailMessageId: String(mail.messageId) });
    emailMessagesTotal.inc({ direction: 'outbound', outcome: 'sent' });
  });

  return {
    async stop() {
      await consumer.stop();
      await queue.close();
      transport.close();
    },
  };
}
