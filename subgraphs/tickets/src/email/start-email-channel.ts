import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { createJobQueue, type DurableEventStream, type Logger, type PlatformConfig } from '@support-graph/runtime';
import type { TicketService } from '../services/ticket-service.js';
import type { TicketStore } from '../store/ticket-store.js';
import { ImapMailboxListener } from './inbound/imap-mailbox-listener.js';
import type { InboundMailJob } from './inbound/inbound-mail-job.js';
import { inboundMailHandler } from './inbound/inbound-mail-handler.js';
import { startInboundSmtpEndpoint } from './inbound/inbound-smtp-endpoint.js';
import type { OutboundReplyJob } from './outbound/outbound-reply-job.js';
import { startReplySender } from './outbound/reply-sender.js';
import { SqliteEmailThreadIndex } from './threading/adapters/sqlite-email-thread-index.js';
import type { EmailThreadIndex } from './threading/email-thread-index.js';
import { addressOf } from './threading/reply-address.js';

export interface EmailChannel {
  readonly index: EmailThreadIndex;
  /** Where the inbound SMTP endpoint listens, when it is on. */
  readonly inboundSmtpPort: number | undefined;
  stop(): Promise<void>;
}

const OUTBOUND_MAX_ATTEMPTS = 6;

/** Whether any part of the email channel is configured (docs/email.md): all EMAIL_* unset means email is off. */
export function emailConfigured(config: PlatformConfig): boolean {
  return Boolean(config.EMAIL_IMAP_URL || config.EMAIL_SMTP_URL || config.EMAIL_INBOUND_SMTP_PORT !== undefined);
}

/**
 * The email channel of the tickets subgraph (DESIGN.md §1: an adapter feeding the create/append
 * path through the durable queue): the IMAP mailbox and the inbound SMTP endpoint put raw mail on
 * the `email-in` queue, whose worker opens tickets and appends answers; replies leave through
 * the `email-out` queue.
 */
export async function startEmailChannel(input: {
  config: PlatformConfig;
  logger: Logger;
  service: TicketService;
  store: TicketStore;
  stream: DurableEventStream;
}): Promise<EmailChannel> {
  const { config, service, store, stream } = input;
  const logger = input.logger.child({ channel: 'email' });
  mkdirSync(config.DATA_DIR, { recursive: true });
  const index = new SqliteEmailThreadIndex(join(config.DATA_DIR, 'email-threads.sqlite'));
  const ownAddress = addressOf(config.EMAIL_FROM);
  const stops: (() => Promise<void>)[] = [];

  let inboundSmtpPort: number | undefined;
  if (config.EMAIL_IMAP_URL || config.EMAIL_INBOUND_SMTP_PORT !== undefined) {
    const inbound = createJobQueue<InboundMailJob>(config, logger, 'email-in', { concurrency: 1 });
    inbound.consume(inboundMailHandler({ service, index, ownAddress, logger }));
    stops.push(() => inbound.close());
    if (config.EMAIL_IMAP_URL) {
      const mailbox = new ImapMailboxListener({
        url: config.EMAIL_IMAP_URL,
        user: config.EMAIL_IMAP_USER ?? '',
        password: config.EMAIL_IMAP_PASSWORD,
        accessToken: config.EMAIL_IMAP_ACCESS_TOKEN,
        pollMs: config.EMAIL_IMAP_POLL_MS,
        queue: inbound,
        logger,
      });
      mailbox.start();
      stops.unshift(() => mailbox.stop());
    }
    if (config.EMAIL_INBOUND_SMTP_PORT !== undefined) {
      const endpoint = await startInboundSmtpEndpoint({ port: config.EMAIL_INBOUND_SMTP_PORT, maxMessageBytes: config.EMAIL_MAX_MESSAGE_BYTES, queue: inbound, logger });
      inboundSmtpPort = endpoint.port;
      stops.unshift(() => endpoint.stop());
    }
  }
  if (config.EMAIL_SMTP_URL) {
    const outbound = createJobQueue<OutboundReplyJob>(config, logger, 'email-out', { maxAttempts: OUTBOUND_MAX_ATTEMPTS });
    const sender = startReplySender({ smtpUrl: config.EMAIL_SMTP_URL, from: config.EMAIL_FROM, store, index, stream, queue: outbound, maxAttempts: OUTBOUND_MAX_ATTEMPTS, logger });
    stops.push(() => sender.stop());
  }
  return {
    index,
    inboundSmtpPort,
    async stop() {
      for (const stop of stops) await stop();
      await index.close();
    },
  };
}
