import type { SendMailOptions } from 'nodemailer';
import type { CustomerRecord, MessageRecord, TicketRecord } from '../../store/ticket-records.js';
import { LOOP_HEADER } from '../inbound/mail-classification.js';
import { addressOf, replyAddress } from '../threading/reply-address.js';

/** The Message-ID of the email of one ticket message: the same on every retry, so a resend is recognisably the same mail. */
export function replyMessageId(message: MessageRecord, from: string): string {
  return `<reply-${message.id}@${addressOf(from).split('@')[1] ?? 'support.local'}>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The email of an agent's or the AI's reply: the team's From, a Reply-To that names the ticket,
 * In-Reply-To and References to the thread so it lands under the customer's original, a plain-text
 * and an HTML part. AI replies are marked Auto-Submitted (RFC 3834) so auto-responders stay quiet.
 */
export function replyMail(input: { ticket: TicketRecord; customer: CustomerRecord; message: MessageRecord; thread: readonly string[]; from: string }): SendMailOptions {
  const { ticket, customer, message, thread, from } = input;
  const subject = /^re:/i.test(ticket.subject) ? ticket.subject : `Re: ${ticket.subject}`;
  const paragraphs = message.body.split(/\n{2,}/).map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`);
  return {
    from,
    to: { name: customer.name, address: customer.email },
    replyTo: replyAddress(from, ticket.id),
    subject: `${subject} [SUP-${ticket.number}]`,
    messageId: replyMessageId(message, from),
    ...(thread.length > 0 ? { inReplyTo: thread[thread.length - 1], references: [...thread] } : {}),
    text: message.body,
    html: `<!doctype html><html><body>${paragraphs.join('\n')}</body></html>`,
    headers: {
      [LOOP_HEADER]: ticket.id,
      ...(message.authorRole === 'AI' ? { 'Auto-Submitted': 'auto-replied' } : {}),
    },
  };
}
