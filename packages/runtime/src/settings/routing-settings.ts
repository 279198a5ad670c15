import { z } from 'zod';

/** Routing tickets to people (subgraphs/tickets/src/routing, docs/routing.md). */
export const routingSettings = {
  /** When an agent goes offline, their open tickets go back through routing (to another agent, or the team queue). */
  ROUTING_REASSIGN_ON_OFFLINE: z.stringbool().default(true),
  /** An online agent whose console reported no activity for this long becomes away (and takes no new tickets); 0 turns it off. */
  ROUTING_AWAY_AFTER_SECONDS: z.coerce.number().int().nonnegative().default(900),
};
