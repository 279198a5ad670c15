import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { startPlatformProcess } from './platform-process.js';

/**
 * `npm run -s bench:email`: N distinct customer mails (the Gmail fixture, each with its own
 * Message-ID and sender) sent to the inbound SMTP endpoint over a pool of connections: how fast the
 * endpoint accepts them (each is on the durable `email-in` queue when accepted), and how long until
 * every one is a ticket (parsed, classified, cleaned, created). The AI pipeline is off: this is the
 * channel's own cost.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4800' },
    messages: { type: 'string', default: '300' },
    connections: { type: 'string', default: '5' },
  },
});
const messages = Number(values.messages);
const smtpPort = Number(values.port) + 4;
const fixture = readFileSync(new URL('../../tests/fixtures/email/gmail-new-ticket.eml', import.meta.url), 'latin1');

const platform = await startPlatformProcess(Number(values.port), {
  AGENTS_AUTOMATION: 'false',
  TRIAGE_TRAINING_DATA: 'none',
  EMAIL_INBOUND_SMTP_PORT: String(smtpPort),
  EMAIL_FROM: 'Support <support@acme.example>',
});

async function ticketsMade(): Promise<number> {
  const text = await (await fetch(platform.url.replace('/graphql', '/metrics'))).text();
  const line = text.split('\n').find((row) => row.startsWith('email_messages_total{direction="inbound",outcome="ticket"}'));
  return line ? Number(line.split(' ').pop()) : 0;
}

try {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true, pool: true, maxConnections: Number(values.connections), maxMessages: Infinity });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: messages }, (_, index) => {
      const raw = fixture
        .replace('Message-ID: <CAJ8vKp3Xq=Tn4sG2vH0dPqLw7hR+5xk@mail.gmail.com>', `Message-ID: <bench-${index}-${Date.now()}@mail.gmail.com>`)
        .replace('From: Dana Whitfield <dana@example.com>', `From: Customer ${index} <customer-${index}@example.com>`);
      return transport.sendMail({ envelope: { from: `customer-${index}@example.com`, to: ['support@acme.example'] }, raw });
    }),
  );
  const accepted = (performance.now() - started) / 1000;
  for (;;) {
    if ((await ticketsMade()) >= messages) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const done = (performance.now() - started) / 1000;
  transport.close();
  const round = (value: number) => Math.round(value * 100) / 100;
  process.stdout.write(
    `${JSON.stringify({
      messages,
      connections: Number(values.connections),
      smtp_accept_seconds: round(accepted),
      accepted_per_second: round(messages / accepted),
      all_tickets_seconds: round(done),
      tickets_per_second: round(messages / done),
      peak_rss_mb: platform.peakRssMb(),
    })}\n`,
  );
} finally {
  await platform.stop();
}
