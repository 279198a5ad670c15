import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import { emailMessagesTotal, type JobQueue, type Logger } from '@support-graph/runtime';
import { inboundKey, type InboundMailJob } from './inbound-mail-job.js';

export interface InboundSmtpOptions {
  /** 0: any free port. */
  readonly port: number;
  readonly maxMessageBytes: number;
  readonly queue: JobQueue<InboundMailJob>;
  readonly logger: Logger;
}

function messageIdOf(source: Buffer): string | undefined {
  const head = source.subarray(0, Math.min(source.length, 64_000)).toString('latin1').split(/\r?\n\r?\n/)[0] ?? '';
  return /^message-id:\s*(<[^>\r\n]+>)/im.exec(head)?.[1];
}

/**
 * The SMTP endpoint teams forward support mail to (a mail rule, or an MX): accepts a message once
 * it is on the durable queue, so the sending server keeps and retries what we did not take.
 * A message over the size limit is refused with 552 before anything is stored.
 */
export async function startInboundSmtpEndpoint(options: InboundSmtpOptions): Promise<{ readonly port: number; stop(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxMessageBytes,
    banner: 'support-graph inbound',
    logger: false,
    onData(stream: SMTPServerDataStream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          emailMessagesTotal.inc({ direction: 'inbound', outcome: 'refused' });
          callback(Object.assign(new Error(`Message exceeds the ${options.maxMessageBytes} byte limit`), { responseCode: 552 }));
          return;
        }
        const source = Buffer.concat(chunks);
        options.queue
          .enqueue(inboundKey(messageIdOf(source), source), { source: source.toString('base64'), via: 'smtp' })
          .then((queued) => {
            if (!queued) emailMessagesTotal.inc({ direction: 'inbound', outcome: 'duplicate' });
            callback();
          }, (error: Error) => {
            options.logger.error({ err: error }, 'inbound email could not be queued');
            callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          });
      });
    },
  });
  server.on('error', (error) => options.logger.warn({ err: error }, 'inbound SMTP connection error'));
  await new Promise<void>((resolve) => server.listen(options.port, '0.0.0.0', resolve));
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
