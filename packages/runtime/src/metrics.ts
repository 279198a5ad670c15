import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

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
