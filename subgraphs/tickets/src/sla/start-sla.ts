import type { AuditLog, EventBus, PlatformConfig } from '@support-graph/runtime';
import type { Logger } from 'pino';
import type { DirectoryService } from '../directory/directory-service.js';
import type { TicketStore } from '../store/ticket-store.js';
import { SlaMonitor } from './sla-monitor.js';
import { SlaService } from './sla-service.js';
import { createSlaStore } from './store/create-sla-store.js';

export interface RunningSla {
  readonly service: SlaService;
  readonly monitor: SlaMonitor;
  stop(): Promise<void>;
}

/** Policies, the SLA of a ticket, and the timer that sends warnings and records breaches. */
export function startSla(parts: {
  readonly config: PlatformConfig;
  readonly store: TicketStore;
  readonly directory: DirectoryService;
  readonly audit: AuditLog;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly teamOf: (ticketId: string) => Promise<string | null>;
}): RunningSla {
  const logger = parts.logger.child({ part: 'sla' });
  const slaStore = createSlaStore(parts.config, logger);
  const service = new SlaService(slaStore, parts.store, parts.directory, parts.teamOf);
  const monitor = new SlaMonitor(
    { sla: service, store: slaStore, tickets: parts.store, directory: parts.directory, bus: parts.bus, audit: parts.audit },
    { warnBeforeMs: parts.config.SLA_WARNING_BEFORE_SECONDS * 1000 },
  );
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    monitor
      .check()
      .catch((error: unknown) => logger.warn({ err: error }, 'SLA check failed'))
      .finally(() => {
        running = false;
      });
  }, parts.config.SLA_CHECK_INTERVAL_SECONDS * 1000);
  timer.unref();
  return {
    service,
    monitor,
    async stop() {
      clearInterval(timer);
      await slaStore.close();
    },
  };
}
