import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One Prometheus registry per process, exposed by the gateway at `/metrics`. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const graphqlRequestDuration = new Histogram({
  name: 'graphql_request_duration_seconds',
  help: 'Time to answer one GraphQL request over HTTP',
  labelNames: ['service', 'status'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

export const domainEventsPublished = new Counter({
  name: 'domain_events_published_total',
  help: 'Domain events published on the event bus',
  labelNames: ['type'] as const,
  registers: [metricsRegistry],
});

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
