import { Counter, Gauge, Histogram } from 'prom-client';
import type { JobQueue } from '../queue/job-queue.js';
import { metricsRegistry } from './metrics-registry.js';

/** Minutes to days: first responses and resolutions, in seconds. */
const SUPPORT_TIME_BUCKETS = [60, 300, 900, 1800, 3600, 4 * 3600, 8 * 3600, 24 * 3600, 3 * 24 * 3600, 7 * 24 * 3600];

export const ticketsCreated = new Counter({
  name: 'support_tickets_created_total',
  help: 'Tickets created, by channel (rate()[1m] × 60 = tickets per minute)',
  labelNames: ['channel'] as const,
  registers: [metricsRegistry],
});

export const firstResponseSeconds = new Histogram({
  name: 'support_first_response_seconds',
  help: 'From ticket creation to the first public reply of the support team',
  buckets: SUPPORT_TIME_BUCKETS,
  registers: [metricsRegistry],
});

export const resolutionSeconds = new Histogram({
  name: 'support_resolution_seconds',
  help: 'From ticket creation to its resolution',
  buckets: SUPPORT_TIME_BUCKETS,
  registers: [metricsRegistry],
});

export const slaBreaches = new Counter({
  name: 'support_sla_breaches_total',
  help: 'First responses given after the ticket was due',
  labelNames: ['priority'] as const,
  registers: [metricsRegistry],
});

/** The AI resolution rate is resolved / (resolved + escalated). */
export const aiOutcomes = new Counter({
  name: 'support_ai_outcomes_total',
  help: 'What the AI pipeline did with a new ticket: resolved (answered without a person) or escalated (to a person)',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

export const triageDecisions = new Counter({
  name: 'support_triage_decisions_total',
  help: 'Triage results by the cascade stage that decided (rules, similar tickets, classifier, LLM, escalated)',
  labelNames: ['stage'] as const,
  registers: [metricsRegistry],
});

export const cacheLookups = new Counter({
  name: 'support_cache_lookups_total',
  help: 'Cache lookups by cache and result (hit / miss)',
  labelNames: ['cache', 'result'] as const,
  registers: [metricsRegistry],
});

export const llmRequests = new Counter({
  name: 'llm_requests_total',
  help: 'Completed LLM calls by provider and model (cached answers included, marked cached="true")',
  labelNames: ['provider', 'model', 'cached'] as const,
  registers: [metricsRegistry],
});

export const llmTokens = new Counter({
  name: 'llm_tokens_total',
  help: 'LLM tokens by provider and direction (input / output)',
  labelNames: ['provider', 'direction'] as const,
  registers: [metricsRegistry],
});

export const llmCostUsd = new Counter({
  name: 'llm_cost_usd_total',
  help: 'LLM spend in US dollars by provider',
  labelNames: ['provider'] as const,
  registers: [metricsRegistry],
});

export const llmErrors = new Counter({
  name: 'llm_errors_total',
  help: 'LLM provider failures by provider and code (a failover counts against the provider that failed)',
  labelNames: ['provider', 'code'] as const,
  registers: [metricsRegistry],
});

const queueDepth = new Gauge({
  name: 'support_queue_depth',
  help: 'Jobs waiting, running or waiting for a retry, per durable queue',
  labelNames: ['queue'] as const,
  collect: () => readBacklogs(),
  registers: [metricsRegistry],
});

const queueOldestAge = new Gauge({
  name: 'support_queue_oldest_age_seconds',
  help: 'Age of the oldest unfinished job, per durable queue',
  labelNames: ['queue'] as const,
  collect: () => readBacklogs(),
  registers: [metricsRegistry],
});

const watchedQueues = new Map<string, Pick<JobQueue<unknown>, 'backlog'>>();

/** Reads the queue's backlog at every scrape (not on a timer); `unwatch` when the queue closes. */
export function watchQueueBacklog(name: string, queue: Pick<JobQueue<unknown>, 'backlog'>): () => void {
  watchedQueues.set(name, queue);
  return () => {
    if (watchedQueues.get(name) === queue) watchedQueues.delete(name);
    queueDepth.remove({ queue: name });
    queueOldestAge.remove({ queue: name });
  };
}

/** Reads every watched backlog once; both gauges' collect hooks share the read of one scrape. */
let reading: Promise<void> | undefined;
function readBacklogs(): Promise<void> {
  reading ??= Promise.all(
    [...watchedQueues].map(async ([name, queue]) => {
      try {
        const backlog = await queue.backlog();
        queueDepth.set({ queue: name }, backlog.depth);
        queueOldestAge.set({ queue: name }, backlog.oldestAgeMs / 1000);
      } catch {
        // Redis away: the gauges keep their last value; the outage is reported by /ready and the logs.
      }
    }),
  ).then(() => {
    reading = undefined;
  });
  return reading;
}
