import { Ctx, Resolver, Subscription } from 'type-graphql';
import { ROADMAP_EVENT_PREFIX } from '../events/roadmap-events.js';
import type { RoadmapContext } from '../roadmap-context.js';
import { RoadmapEventType } from '../schema/object-types.js';

/** Declared here so it composes; the gateway's bridge streams it from the bus (docs/subscriptions.md). */
@Resolver()
export class RoadmapSubscriptionResolver {
  @Subscription(() => RoadmapEventType, { topics: ROADMAP_EVENT_PREFIX, description: 'Every roadmap change, for the live dashboard; ids and keys only' })
  roadmapEvents(@Ctx() _context: RoadmapContext): Partial<RoadmapEventType> {
    return {};
  }
}
