import { ImapFlow } from 'imapflow';
import { SMTPServer } from 'smtp-server';

/**
 * The outbound relay of the email tests: a real SMTP server (smtp-server) that delivers each
 * message it accepts into the recipient's Dovecot INBOX by IMAP APPEND, as an MTA's local delivery
 * would. Recipients without a mailbox are refused with 550.
 */
export class SmtpRelay {
  /** Messages still to refuse with a temporary failure (451), as a relay under load does. */
  private refusals = 0;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  get refusalsLeft(): number {
    return this.refusals;
  }

  /** Refuses the next `count` messages with 451 (try again later). */
  refuseNext(count: number): void {
    this.refusals = count;
  }

  static async start(imapPort: number, passwords: Record<string, string>): Promise<SmtpRelay> {
    let relay: SmtpRelay | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (passwords[address.address.toLowerCase()] === undefined) return callback(Object.assign(new Error('No such user'), { responseCode: 550 }));
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (relay && relay.refusals > 0) {
            relay.refusals -= 1;
            return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          }
          const source = Buffer.concat(chunks);
          Promise.all(session.envelope.rcptTo.map((rcpt) => appendTo(imapPort, rcpt.address.toLowerCase(), passwords[rcpt.address.toLowerCase()] ?? '', source))).then(
            () => callback(),
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.server.address();
    if (!address || typeof address === 'string') throw new Error('relay did not listen');
    relay = new SmtpRelay(server, address.port);
    return relay;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export function imapClient(port: number, user: string, pass: string): ImapFlow {
  return new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user, pass }, logger: false });
}

/** Delivers a raw message into `user`'s INBOX. */
export async function appendTo(port: number, user: string, pass: string, source: Buffer | string): Promise<void> {
  const client = imapClient(port, user, pass);
  await client.connect();
  try {
    await client.append('INBOX', source);
  } finally {
    await client.logout();
  }
}

/** Every message in `user`'s INBOX, raw. */
export async function inboxOf(port: number, user: string, pass: string): Promise<Buffer[]> {
  const client = imapClient(port, user, pass);
  await client.connect();
  try {
    await client.mailboxOpen('INBOX');
    const found: Buffer[] = [];
    if ((client.mailbox && client.mailbox.exists) === 0) return found;
    for await (const message of client.fetch('1:*', { source: true })) if (message.source) found.push(message.source);
    return found;
  } finally {
    await client.logout();
  }
}
