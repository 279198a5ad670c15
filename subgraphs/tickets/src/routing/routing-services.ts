import type { PresenceService } from './presence-service.js';
import type { TicketRouter } from './ticket-router.js';

/** What requests reach of routing. */
export interface RoutingServices {
  readonly router: TicketRouter;
  readonly presence: PresenceService;
}
