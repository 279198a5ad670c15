import { createHash } from 'node:crypto';

/** One raw inbound message on the durable queue (`email-in`), as the mailbox or the SMTP endpoint received it. */
export interface InboundMailJob {
  /** The raw MIME source, base64. */
  readonly source: string;
  readonly via: 'imap' | 'smtp';
}

/** The queue key of an inbound message: its Message-ID, else a hash of its bytes, so a message fetched twice is queued once. */
export function inboundKey(messageId: string | undefined, source: Buffer): string {
  return messageId ? `mid:${messageId.trim().toLowerCase()}` : `sha256:${createHash('sha256').update(source).digest('hex')}`;
}
