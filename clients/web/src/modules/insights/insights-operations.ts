import { typedDocument } from '../api/typed-document';
import feedbackAnalyticsText from './graphql/feedback-analytics.graphql?raw';
import feedbackDrillDownText from './graphql/feedback-drill-down.graphql?raw';
import feedbackEventsText from './graphql/feedback-events.graphql?raw';
import type { DrillDownTicket, DrillFigure, GroupBy, InsightFigures, InsightFilter } from './insights-types';

export const FeedbackAnalytics = typedDocument<
  { feedbackAnalytics: { totals: InsightFigures; groups: { key: string; figures: InsightFigures }[] } },
  { filter: InsightFilter; groupBy: GroupBy | null }
>(feedbackAnalyticsText);

export const FeedbackDrillDown = typedDocument<
  { feedbackDrillDown: { total: number; tickets: DrillDownTicket[] } },
  { filter: InsightFilter; figure: DrillFigure; first?: number; offset?: number }
>(feedbackDrillDownText);

export const FeedbackEvents = typedDocument<{ feedbackEvents: { kind: string; ticketId: string | null } }>(feedbackEventsText);
