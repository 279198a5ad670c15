import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AnalyticsQuery } from '../analytics/analytics-service.js';
import type { FeedbackContext } from '../feedback-context.js';
import { AnalyticsDrillDownType, AnalyticsFilterInput, FeedbackAnalyticsType } from '../schema/analytics-types.js';
import { AnalyticsGroupBy, DrillDownFigure } from '../schema/enums.js';

function analyticsQuery(filter: AnalyticsFilterInput): AnalyticsQuery {
  const { from, to, team, category, channel, language, mode } = filter;
  return { from, to, where: { ...(team ? { team } : {}), ...(category ? { category } : {}), ...(channel ? { channel } : {}), ...(language ? { language } : {}), ...(mode ? { mode } : {}) } };
}

/** Support analytics from the rollups, and the tickets behind a figure. Leads, admins and analysts. */
@Resolver()
export class AnalyticsResolver {
  @Query(() => FeedbackAnalyticsType, { description: 'CSAT, response and resolution times, SLA, reopen, AI and deflection rates, triage accuracy, LLM usage; grouped by one dimension' })
  feedbackAnalytics(
    @Arg('filter', () => AnalyticsFilterInput) filter: AnalyticsFilterInput,
    @Ctx() context: FeedbackContext,
    @Arg('groupBy', () => AnalyticsGroupBy, { nullable: true }) groupBy?: AnalyticsGroupBy | null,
  ): Promise<FeedbackAnalyticsType> {
    return context.analytics.figures(context.identity, analyticsQuery(filter), groupBy ?? null) as Promise<FeedbackAnalyticsType>;
  }

  @Query(() => AnalyticsDrillDownType, { description: 'The tickets a figure counted, newest first' })
  async feedbackDrillDown(
    @Arg('filter', () => AnalyticsFilterInput) filter: AnalyticsFilterInput,
    @Arg('figure', () => DrillDownFigure) figure: DrillDownFigure,
    @Ctx() context: FeedbackContext,
    @Arg('first', () => Int, { defaultValue: 20, description: '1–200' }) first = 20,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<AnalyticsDrillDownType> {
    const { total, ticketIds } = await context.analytics.drillDown(context.identity, analyticsQuery(filter), figure, first, offset);
    return { total, ticketIds, tickets: ticketIds.map((id) => ({ id })) };
  }
}
