import { createHash } from 'node:crypto';

/** One raw inbound message on the durable queue (`email-in`), as the mailbox or the SMTP endpoint received it. */
export interface InboundMailJob {
  /** The raw MIME source, base64. */
  readonly source: string;
  readonly via: 'imap' | 'smtp';
}

const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

/**
 * The queue key of an inbound message: a hash of its Message-ID, else of its bytes, so a message
 * fetched twice is queued once. Hashed because keys live in Redis and logs, and some mail clients
 * put the sender's address in their Message-IDs.
 */
export function inboundKey(messageId: string | undefined, source: Buffer): string {
  return messageId ? `mid:${sha256(messageId.trim().toLowerCase())}` : `raw:${sha256(source)}`;
}
