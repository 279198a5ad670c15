import type { InboundMail } from './parsed-mail.js';

/** Why an inbound message is not a customer writing to us; undefined when it is. */
export type NotACustomerMessage = 'bounce' | 'auto_reply' | 'loop';

/** Our own header on every reply we send: seeing it come back means a mail loop. */
export const LOOP_HEADER = 'x-support-graph-loop';

const BOUNCE_SENDERS = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const AUTO_REPLY_SUBJECT = /^(auto(matic)? ?(reply|response|antwort)|out of (the )?office|abwesenheitsnotiz|r[ée]ponse automatique|delivery status notification|undeliver(able|ed))\b/i;

function header(mail: InboundMail, name: string): string {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value).toLowerCase();
  return String(value).toLowerCase();
}

/**
 * RFC 3834 (Auto-Submitted), RFC 3464 (delivery status reports), the headers Exchange, Gmail and
 * list servers set on automatic mail, and our own loop marker. Such mail never opens or reopens a
 * ticket: answering it is how two robots mail each other forever.
 */
export function classifyInboundMail(mail: InboundMail, ownAddresses: readonly string[]): NotACustomerMessage | undefined {
  if (header(mail, LOOP_HEADER)) return 'loop';
  if (mail.from && ownAddresses.some((own) => mail.from?.address === own || mail.from?.address.startsWith(`${own.split('@')[0]}+`))) return 'loop';
  if (mail.contentType === 'multipart/report' || (mail.from && BOUNCE_SENDERS.test(mail.from.address))) return 'bounce';
  if (header(mail, 'return-path') === '<>') return 'bounce';
  const autoSubmitted = header(mail, 'auto-submitted');
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto_reply';
  if (header(mail, 'x-autoreply') || header(mail, 'x-autorespond') || header(mail, 'x-auto-response-suppress').includes('all')) return 'auto_reply';
  if (['auto_reply', 'bulk', 'junk', 'list'].includes(header(mail, 'precedence'))) return 'auto_reply';
  if (AUTO_REPLY_SUBJECT.test(mail.subject)) return 'auto_reply';
  return undefined;
}
