import { ImapFlow } from 'imapflow';
import { emailMailboxUp, emailMessagesTotal, reportDependency, type DependencyStatus, type JobQueue, type Logger } from '@support-graph/runtime';
import { inboundKey, type InboundMailJob } from './inbound-mail-job.js';

export interface ImapMailboxOptions {
  /** `imaps://host:993` or `imap://host:143`. */
  readonly url: string;
  readonly user: string;
  readonly password?: string | undefined;
  readonly accessToken?: string | undefined;
  /** Checks between IDLE pushes, and the delay before reconnecting after a failure. */
  readonly pollMs: number;
  readonly queue: JobQueue<InboundMailJob>;
  readonly logger: Logger;
}

/**
 * Reads the support mailbox's INBOX: every unseen message is put on the durable queue (keyed by
 * Message-ID, so a message fetched twice is queued once) and only then flagged \Seen, so a crash in
 * between fetches it again instead of losing it. New mail is noticed through IDLE and a periodic
 * check. A mailbox that stops answering is reported on `/ready` (`email-mailbox`) and by the
 * `email_mailbox_up` gauge, and is reconnected every `pollMs` until it answers again.
 */
export class ImapMailboxListener {
  private client: ImapFlow | undefined;
  private status: DependencyStatus = { ready: false, reason: 'connecting' };
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> = Promise.resolve();
  private readonly unreport: () => void;
  private readonly label: string;

  constructor(private readonly options: ImapMailboxOptions) {
    const url = new URL(options.url);
    this.label = `${options.user}@${url.hostname}`;
    this.unreport = reportDependency('email-mailbox', () => this.status);
    emailMailboxUp.set({ mailbox: this.label }, 0);
  }

  start(): void {
    void this.connect();
  }

  private markDown(reason: string): void {
    if (this.status.ready) this.options.logger.warn({ mailbox: this.label, reason }, 'email mailbox unreachable; retrying');
    this.status = { ready: false, reason };
    emailMailboxUp.set({ mailbox: this.label }, 0);
  }

  private schedule(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.client?.usable ? this.check() : void this.connect()), this.options.pollMs);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const url = new URL(this.options.url);
    const secure = url.protocol === 'imaps:';
    const client = new ImapFlow({
      host: url.hostname,
      port: Number(url.port) || (secure ? 993 : 143),
      secure,
      auth: this.options.accessToken ? { user: this.options.user, accessToken: this.options.accessToken } : { user: this.options.user, pass: this.options.password ?? '' },
      logger: false,
    });
    client.on('error', (error: Error) => this.markDown(error.message));
    client.on('close', () => {
      this.markDown('connection closed');
      this.schedule();
    });
    client.on('exists', () => void this.check());
    try {
      await client.connect();
      await client.mailboxOpen('INBOX');
      this.client = client;
      if (!this.status.ready) this.options.logger.info({ mailbox: this.label }, 'email mailbox connected');
      this.status = { ready: true };
      emailMailboxUp.set({ mailbox: this.label }, 1);
      await this.check();
    } catch (error) {
      this.markDown((error as Error).message);
      client.close();
      this.schedule();
    }
  }

  /** One check at a time: IDLE's push and the timer may both ask. */
  private check(): Promise<void> {
    this.checking = this.checking.then(() => this.fetchUnseen()).catch((error: unknown) => this.markDown((error as Error).message));
    return this.checking.finally(() => this.schedule());
  }

  private async fetchUnseen(): Promise<void> {
    const client = this.client;
    if (!client?.usable || this.stopped) return;
    const found: { uid: number; source: Buffer; messageId: string | undefined }[] = [];
    for await (const message of client.fetch({ seen: false }, { uid: true, source: true, envelope: true }, { uid: true })) {
      if (message.source) found.push({ uid: message.uid, source: message.source, messageId: message.envelope?.messageId });
    }
    for (const message of found) {
      const queued = await this.options.queue.enqueue(inboundKey(message.messageId, message.source), { source: message.source.toString('base64'), via: 'imap' });
      if (!queued) emailMessagesTotal.inc({ direction: 'inbound', outcome: 'duplicate' });
      await client.messageFlagsAdd({ uid: String(message.uid) }, ['\\Seen'], { uid: true });
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.unreport();
    await this.checking.catch(() => {});
    const client = this.client;
    this.client = undefined;
    if (client?.usable) await client.logout().catch(() => client.close());
  }
}
