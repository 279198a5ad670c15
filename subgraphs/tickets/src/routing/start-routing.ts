import type { AuditLog, EventBus, PlatformConfig } from '@support-graph/runtime';
import type { Logger } from 'pino';
import type { DirectoryService } from '../directory/directory-service.js';
import type { TicketService } from '../services/ticket-service.js';
import type { TicketStore } from '../store/ticket-store.js';
import { PresenceService } from './presence-service.js';
import { createAgentRoster } from './roster/create-agent-roster.js';
import { listenForFreedCapacity } from './routing-event-listener.js';
import type { RoutingServices } from './routing-services.js';
import { TicketRouter } from './ticket-router.js';
import { routeWhenTriaged } from './triage-routing.js';

export interface RunningRouting extends RoutingServices {
  stop(): Promise<void>;
}

export interface RoutingParts {
  readonly config: PlatformConfig;
  readonly tickets: TicketService;
  readonly store: TicketStore;
  readonly directory: DirectoryService;
  readonly audit: AuditLog;
  readonly bus: EventBus;
  readonly logger: Logger;
  /** Where triage runs (the agents subgraph), to route tickets when triage finishes; absent without it. */
  readonly triage?: { readonly agentsUrl: () => string; readonly signingKey: Buffer };
}

/** How often idle agents are looked for; at most this late in marking one away. */
const AWAY_CHECK_MS = 30_000;

/** The roster, the router, presence, the listener that frees capacity and the auto-away timer. */
export async function startRouting(parts: RoutingParts): Promise<RunningRouting> {
  const logger = parts.logger.child({ part: 'routing' });
  const roster = createAgentRoster(parts.config, logger);
  const router = new TicketRouter({ ...parts, roster, logger });
  const awayAfterMs = parts.config.ROUTING_AWAY_AFTER_SECONDS * 1000;
  const presence = new PresenceService(roster, parts.directory, router, parts.bus, { reassignOnOffline: parts.config.ROUTING_REASSIGN_ON_OFFLINE, awayAfterMs });
  const unsubscribe = await listenForFreedCapacity(parts.bus, roster, router, logger);
  const stopFollowingTriage = parts.triage ? await routeWhenTriaged({ ...parts, ...parts.triage, roster, router, logger }) : async () => {};
  const timer =
    awayAfterMs > 0
      ? setInterval(() => {
          presence.markIdleAgentsAway().catch((error: unknown) => logger.warn({ err: error }, 'auto-away check failed'));
        }, Math.min(AWAY_CHECK_MS, awayAfterMs))
      : undefined;
  timer?.unref();
  return {
    router,
    presence,
    async stop() {
      if (timer) clearInterval(timer);
      await unsubscribe();
      await stopFollowingTriage();
      await roster.close();
    },
  };
}
