import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { createJobQueue, type DurableEventStream, type Logger, type PlatformConfig } from '@support-graph/runtime';
import type { AttachmentService } from '../attachments/attachment-service.js';
import type { PeerPrivacyApi } from '../privacy/peer-privacy-api.js';
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
  /** Takes part in erasure as `email`: the thread and delivery records of the customer's tickets. */
  readonly privacy: PeerPrivacyApi;
  /** Starts reading the mailbox and both queues. */
  start(): void;
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
  attachments: AttachmentService;
}): Promise<EmailChannel> {
  const { config, service, store, stream, attachments } = input;
  const logger = input.logger.child({ channel: 'email' });
  mkdirSync(config.DATA_DIR, { recursive: true });
  const index = new SqliteEmailThreadIndex(join(config.DATA_DIR, 'email-threads.sqlite'));
  const ownAddress = addressOf(config.EMAIL_FROM);
  const starts: (() => void)[] = [];
  const stops: (() => Promise<void>)[] = [];

  let inboundSmtpPort: number | undefined;
  if (config.EMAIL_IMAP_URL || config.EMAIL_INBOUND_SMTP_PORT !== undefined) {
    const inbound = createJobQueue<InboundMailJob>(config, logger, 'email-in', { concurrency: 1 });
    starts.push(() => inbound.consume(inboundMailHandler({ service, store, attachments, index, ownAddress, logger })));
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
      starts.push(() => mailbox.start());
      stops.unshift(() => mailbox.stop());
    }
    if (config.EMAIL_INBOUND_SMTP_PORT !== undefined) {
      // Listening at once is safe: it only puts mail on the queue, which is consumed from start().
      const endpoint = await startInboundSmtpEndpoint({ port: config.EMAIL_INBOUND_SMTP_PORT, maxMessageBytes: config.EMAIL_MAX_MESSAGE_BYTES, queue: inbound, logger });
      inboundSmtpPort = endpoint.port;
      stops.unshift(() => endpoint.stop());
    }
  }
  if (config.EMAIL_SMTP_URL) {
    const smtpUrl = config.EMAIL_SMTP_URL;
    const outbound = createJobQueue<OutboundReplyJob>(config, logger, 'email-out', { maxAttempts: OUTBOUND_MAX_ATTEMPTS });
    let sender: { stop(): Promise<void> } | undefined;
    starts.push(() => {
      sender = startReplySender({ smtpUrl, from: config.EMAIL_FROM, store, index, stream, queue: outbound, maxAttempts: OUTBOUND_MAX_ATTEMPTS, logger });
    });
    stops.push(async () => {
      await (sender?.stop() ?? outbound.close());
    });
  }
  return {
    index,
    inboundSmtpPort,
    privacy: {
      service: 'email',
      exportTickets: async (ticketIds) => Object.fromEntries(await Promise.all(ticketIds.map(async (id) => [id, { thread: await index.threadOf(id) }] as const))),
      eraseTickets: (ticketIds) => index.forgetTickets(ticketIds),
    },
    start() {
      for (const start of starts) start();
    },
    async stop() {
      for (const stop of stops) await stop();
      await index.close();
    },
  };
}
