import { typedDocument } from '../api/typed-document';
import roadmapDashboardText from './graphql/roadmap-dashboard.graphql?raw';
import roadmapEventsText from './graphql/roadmap-events.graphql?raw';
import type { RoadmapDashboardData } from './roadmap-types';

export const RoadmapDashboard = typedDocument<RoadmapDashboardData, Record<string, never>>(roadmapDashboardText);

export const RoadmapEvents = typedDocument<{ roadmapEvents: { kind: string; issueKey: string | null } }, Record<string, never>>(roadmapEventsText);
