import type { SubscriptionSource } from '@support-graph/runtime';
import { ROADMAP_EVENT_PREFIX, type RoadmapEventPayload } from '../events/roadmap-events.js';

/** `roadmapEvents`: every roadmap change; the field rule decides who may subscribe. */
const roadmapEventsSource: SubscriptionSource = {
  field: 'roadmapEvents',
  typePrefix: ROADMAP_EVENT_PREFIX,
  accepts: () => true,
  payload: (event) => {
    const { kind, issueId, issueKey, versionId } = event.payload as RoadmapEventPayload;
    return { kind, issueId, issueKey, milestoneId: versionId };
  },
  entities: {},
};

export async function roadmapSubscriptionSources(): Promise<readonly SubscriptionSource[]> {
  return [roadmapEventsSource];
}
