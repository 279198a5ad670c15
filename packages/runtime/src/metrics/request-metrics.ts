import { Counter, Histogram } from 'prom-client';
import { metricsRegistry } from './metrics-registry.js';

/** Request rate and latency per service (the alert rules' p95 and error ratio read these). */
export const graphqlRequestDuration = new Histogram({
  name: 'graphql_request_duration_seconds',
  help: 'Time to answer one GraphQL request over HTTP',
  labelNames: ['service', 'status'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/** Responses carrying GraphQL errors (any HTTP status), per service; never the message. */
export const graphqlErrors = new Counter({
  name: 'graphql_errors_total',
  help: 'GraphQL responses with errors, per service',
  labelNames: ['service'] as const,
  registers: [metricsRegistry],
});

export const domainEventsPublished = new Counter({
  name: 'domain_events_published_total',
  help: 'Domain events published on the event bus',
  labelNames: ['type'] as const,
  registers: [metricsRegistry],
});
