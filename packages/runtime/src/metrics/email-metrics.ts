import { Counter, Gauge } from 'prom-client';
import { metricsRegistry } from './metrics-registry.js';

/** The email channel (docs/email.md): whether its mailbox answers, and what became of each message. */
export const emailMailboxUp = new Gauge({
  name: 'email_mailbox_up',
  help: 'Whether the email channel reaches a mailbox (1) or not (0)',
  labelNames: ['mailbox'] as const,
  registers: [metricsRegistry],
});

export const emailMessagesTotal = new Counter({
  name: 'email_messages_total',
  help: 'Email messages by direction and outcome (ticket, reply, duplicate, bounce, auto_reply, loop, refused, sent, failed)',
  labelNames: ['direction', 'outcome'] as const,
  registers: [metricsRegistry],
});
