import { emailMessagesTotal, type Identity, type Logger } from '@support-graph/runtime';
import { GraphQLError } from 'graphql';
import { LIMITS } from '../../domain/input-limits.js';
import { TicketChannel } from '../../domain/ticket-enums.js';
import { checkAttachment, type AttachmentUpload } from '../../attachments/attachment-policy.js';
import type { AttachmentService } from '../../attachments/attachment-service.js';
import type { TicketService } from '../../services/ticket-service.js';
import type { TicketStore } from '../../store/ticket-store.js';
import type { EmailThreadIndex, InboundOutcome } from '../threading/email-thread-index.js';
import { ticketIdInAddresses } from '../threading/reply-address.js';
import { classifyInboundMail } from './mail-classification.js';
import type { InboundMailJob } from './inbound-mail-job.js';
import { MalformedMailError, parseInboundMail, type InboundMail } from './parsed-mail.js';
import { stripQuotedText } from './strip-quoted-text.js';

export interface InboundMailHandlerOptions {
  readonly service: TicketService;
  /** To find the ticket a message opened before a crash cut its handling short. */
  readonly store: Pick<TicketStore, 'findTicketByExternalId'>;
  readonly attachments: AttachmentService;
  readonly index: EmailThreadIndex;
  /** The team's own address: replies carry `+<ticket id>` on it, and mail from it is a loop. */
  readonly ownAddress: string;
  readonly logger: Logger;
}

/**
 * Turns one queued inbound message into a new ticket or a customer message on an existing one.
 * Idempotent by queue key: a message handled before is counted as a duplicate and changes nothing.
 * The sender's address is the customer: threading into a ticket goes through the same access rule
 * as the API, so a forged In-Reply-To cannot post on someone else's ticket (it opens a new one).
 */
export function inboundMailHandler(options: InboundMailHandlerOptions) {
  const { service, store, attachments, index, ownAddress, logger } = options;
  const done = async (key: string, outcome: InboundOutcome, ticketId: string | null, reason?: string) => {
    await index.recordInbound(key, outcome, ticketId);
    emailMessagesTotal.inc({ direction: 'inbound', outcome });
    // Ids, outcomes and our own reasons only: never the sender, subject or text.
    logger.info({ messageKey: key, outcome, ticketId, ...(reason ? { reason } : {}) }, 'inbound email handled');
  };

  return async (job: { readonly key: string; readonly payload: InboundMailJob }): Promise<void> => {
    if (await index.inboundOutcome(job.key)) {
      emailMessagesTotal.inc({ direction: 'inbound', outcome: 'duplicate' });
      return;
    }
    let mail: InboundMail;
    try {
      mail = await parseInboundMail(Buffer.from(job.payload.source, 'base64'));
    } catch (error) {
      if (error instanceof MalformedMailError) return done(job.key, 'refused', null, error.message);
      throw error;
    }
    const notCustomer = classifyInboundMail(mail, [ownAddress]);
    if (notCustomer) return done(job.key, notCustomer, null);
    // Every file is checked before anything is written: one refused file refuses the whole message.
    let files: AttachmentUpload[];
    try {
      files = mail.attachments.map((file) => checkAttachment(file, attachments.maxBytes));
    } catch (error) {
      if (error instanceof GraphQLError) return done(job.key, 'refused', null, 'attachment refused by the policy');
      throw error;
    }
    // Handled before a crash between writing and recording the outcome: nothing to do again.
    const handledAs = mail.messageId ? await index.ticketOf([mail.messageId]) : undefined;
    if (handledAs) return done(job.key, 'reply', handledAs);
    const externalId = `email:${job.key}`.slice(0, 200);
    const opened = await store.findTicketByExternalId(externalId);
    if (opened) {
      if (mail.messageId) await index.link(mail.messageId, opened.id);
      return done(job.key, 'ticket', opened.id);
    }
    const from = mail.from!;
    const customer: Identity = { role: 'customer', subject: from.address, email: from.address, ...(from.name ? { name: from.name } : {}) };
    // The original mail beside the cleaned text, and its files, added as the customer (the ticket access rule applies).
    const keepFiles = async (ticketId: string) => {
      await attachments.keepOriginalEmail(ticketId, Buffer.from(job.payload.source, 'base64'));
      for (const file of files) await attachments.add(customer, ticketId, file, 'EMAIL');
    };
    const body = (stripQuotedText(mail.text) || '(no text)').slice(0, LIMITS.messageBody);
    const threadIds = [mail.inReplyTo, ...[...mail.references].reverse()].filter((id): id is string => Boolean(id));
    const ticketId = ticketIdInAddresses(ownAddress, mail.recipients) ?? (await index.ticketOf(threadIds));
    try {
      if (ticketId) {
        const answered = await appendIfOwn(service, customer, ticketId, body);
        if (answered) {
          await keepFiles(ticketId);
          if (mail.messageId) await index.link(mail.messageId, ticketId);
          return done(job.key, 'reply', ticketId);
        }
      }
      const ticket = await service.createTicket(customer, {
        subject: mail.subject.slice(0, LIMITS.subject),
        description: body.slice(0, LIMITS.description),
        channel: TicketChannel.EMAIL,
        customer: { email: from.address, name: from.name || null },
        externalId,
      });
      await keepFiles(ticket.id);
      if (mail.messageId) await index.link(mail.messageId, ticket.id);
      return done(job.key, 'ticket', ticket.id);
    } catch (error) {
      // The ticket rules refused it (an address the API would not take…): retrying cannot help.
      if (error instanceof GraphQLError && error.extensions['code'] === 'BAD_USER_INPUT') return done(job.key, 'refused', null);
      throw error;
    }
  };
}

/** Adds the customer's answer to the ticket; false when the sender does not own that ticket. */
async function appendIfOwn(service: TicketService, customer: Identity, ticketId: string, body: string): Promise<boolean> {
  try {
    await service.addMessage(customer, ticketId, { body });
    return true;
  } catch (error) {
    if (error instanceof GraphQLError && (error.extensions['code'] === 'NOT_FOUND' || error.extensions['code'] === 'FORBIDDEN')) return false;
    throw error;
  }
}
