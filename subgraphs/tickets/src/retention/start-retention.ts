import { createJobQueue, type AuditLog, type Identity, type Logger, type PeerSubgraph, type PlatformConfig } from '@support-graph/runtime';
import { privacyParticipants } from '../privacy/create-customer-privacy.js';
import type { PeerPrivacyApi } from '../privacy/peer-privacy-api.js';
import type { TicketStore } from '../store/ticket-store.js';
import { RetentionService } from './retention-service.js';

/** Scheduled runs act as this service in the audit log. */
const RETENTION_IDENTITY: Identity = { subject: 'retention', role: 'service' };
/** How often the scheduler looks whether this period's run is queued. */
const SCHEDULE_CHECK_MS = 60_000;
const HOUR = 3_600_000;

export interface RunningRetention {
  readonly service: RetentionService;
  stop(): Promise<void>;
}

/**
 * Retention as a scheduled job through the durable queue: each period's run is enqueued under the
 * period's key, so replicas queue it once and a crash mid-run runs it again (purging is idempotent).
 */
export function startRetention(parts: {
  readonly config: PlatformConfig;
  readonly store: TicketStore;
  readonly audit: AuditLog;
  readonly peers: readonly PeerSubgraph[];
  /** Stores of this subgraph besides the ticket store that hold ticket text (attachments, email threads). */
  readonly local?: readonly PeerPrivacyApi[];
  readonly signingKey: Buffer;
  readonly logger: Logger;
}): RunningRetention {
  const logger = parts.logger.child({ part: 'retention' });
  const service = new RetentionService(parts.store, [...privacyParticipants(parts.peers, parts.signingKey), ...(parts.local ?? [])], parts.audit, { textDays: parts.config.RETENTION_TEXT_DAYS }, logger);
  const everyMs = parts.config.RETENTION_RUN_EVERY_HOURS * HOUR;
  if (everyMs <= 0) return { service, stop: async () => {} };
  const queue = createJobQueue<{ period: number }>(parts.config, logger, 'retention', { concurrency: 1, maxAttempts: 3 });
  queue.consume(async () => {
    await service.run(RETENTION_IDENTITY);
  });
  const schedule = () => {
    const period = Math.floor(Date.now() / everyMs);
    queue.enqueue(`retention:${everyMs}:${period}`, { period }).catch((error: unknown) => logger.warn({ err: error }, 'could not queue the retention run'));
  };
  const timer = setInterval(schedule, Math.min(SCHEDULE_CHECK_MS, everyMs));
  timer.unref();
  schedule();
  return {
    service,
    async stop() {
      clearInterval(timer);
      await queue.close();
    },
  };
}
