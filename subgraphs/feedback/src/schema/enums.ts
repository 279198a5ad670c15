import { registerEnumType } from 'type-graphql';
import { DrillDownFigure } from '../analytics/drill-down-figures.js';
import { DraftOutcome, HelpOutcome } from '../store/feedback-records.js';

export const AnalyticsGroupBy = { DAY: 'DAY', TEAM: 'TEAM', CATEGORY: 'CATEGORY', CHANNEL: 'CHANNEL', LANGUAGE: 'LANGUAGE', MODE: 'MODE' } as const;
export type AnalyticsGroupBy = (typeof AnalyticsGroupBy)[keyof typeof AnalyticsGroupBy];

export const FeedbackEventKind = { CSAT_RECEIVED: 'CSAT_RECEIVED', CONTENT_GAP_FOUND: 'CONTENT_GAP_FOUND' } as const;
export type FeedbackEventKind = (typeof FeedbackEventKind)[keyof typeof FeedbackEventKind];

registerEnumType(DraftOutcome, { name: 'DraftOutcome', description: 'What an agent did with an AI reply draft' });
registerEnumType(HelpOutcome, { name: 'HelpVisitOutcome', description: 'How a help-page visit ended after reading suggestions' });
registerEnumType(AnalyticsGroupBy, { name: 'AnalyticsGroupBy', description: 'MODE is AI (the AI answered and no person did) or HUMAN' });
registerEnumType(DrillDownFigure, { name: 'AnalyticsFigure', description: 'A figure whose tickets can be listed' });
registerEnumType(FeedbackEventKind, { name: 'FeedbackEventKind' });

export { DraftOutcome, DrillDownFigure, HelpOutcome };
