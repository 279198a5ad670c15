import { ClientErrors, type Identity } from '@support-graph/runtime';
import type { FeedbackStore } from '../store/feedback-store.js';
import type { AnalyticsCube, CubeFilter } from './analytics-cube.js';
import { analyticsFigures, type AnalyticsFigures } from './analytics-figures.js';
import { counterOf, emptyCounts } from './cube-counts.js';
import { DIMENSIONS, type Dimension } from './cube-dimensions.js';
import { DRILL_DOWN_CONDITIONS, DRILL_DOWN_TOTALS, type DrillDownFigure } from './drill-down-figures.js';

const READERS = new Set(['lead', 'admin', 'analyst', 'service']);
const DAY = /^\d{4}-\d{2}-\d{2}$/u;
/** A year of days at most per question: enough for a dashboard, bounded for the server. */
const MAX_DAYS = 366;

export type GroupBy = 'DAY' | 'TEAM' | 'CATEGORY' | 'CHANNEL' | 'LANGUAGE' | 'MODE';

export interface AnalyticsQuery {
  readonly from: string;
  readonly to: string;
  readonly where: Partial<Record<Dimension, string>>;
}

export interface AnalyticsResult {
  readonly totals: AnalyticsFigures;
  readonly groups: readonly { readonly key: string; readonly figures: AnalyticsFigures }[];
}

/** Figures for leads, admins and analysts, from the rollup cube only (no ticket is read), and the tickets behind a figure. */
export class AnalyticsService {
  constructor(
    private readonly cube: AnalyticsCube,
    private readonly store: FeedbackStore,
  ) {}

  async figures(identity: Identity, query: AnalyticsQuery, groupBy: GroupBy | null): Promise<AnalyticsResult> {
    assertReader(identity);
    const { filter, days } = checkedFilter(query);
    await this.cube.refresh();
    const hours = days * 24;
    const totals = analyticsFigures(this.cube.sum(filter).get('') ?? emptyCounts(), hours);
    if (!groupBy) return { totals, groups: [] };
    const grouped = this.cube.sum(filter, groupBy === 'DAY' ? 'day' : (groupBy.toLowerCase() as Dimension));
    const groups = [...grouped.entries()]
      // Help-page cells have no team or category: they are not a group of those.
      .filter(([key]) => key !== '')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, counts]) => ({ key, figures: analyticsFigures(counts, groupBy === 'DAY' ? 24 : hours) }));
    return { totals, groups };
  }

  async drillDown(identity: Identity, query: AnalyticsQuery, figure: DrillDownFigure, first: number, offset: number) {
    assertReader(identity);
    const { filter } = checkedFilter(query);
    if (!Number.isInteger(first) || first < 1 || first > 200) throw ClientErrors.badInput('first', 'must be 1–200');
    if (!Number.isInteger(offset) || offset < 0) throw ClientErrors.badInput('offset', 'must be 0 or more');
    const facts = { fromDay: filter.fromDay, toDay: filter.toDay, where: filter.where, condition: DRILL_DOWN_CONDITIONS[figure], first, offset };
    const fromCube = DRILL_DOWN_TOTALS[figure];
    const [page, total] = await Promise.all([
      this.store.listFacts(facts),
      fromCube ? this.cube.refresh().then(() => fromCube((name) => counterOf(this.cube.sum(filter).get('') ?? emptyCounts(), name))) : this.store.countFacts(facts),
    ]);
    return { total, ticketIds: page.map((fact) => fact.ticketId) };
  }
}

function checkedFilter(query: AnalyticsQuery): { filter: CubeFilter; days: number } {
  if (!DAY.test(query.from) || Number.isNaN(Date.parse(query.from))) throw ClientErrors.badInput('filter.from', 'must be a day, YYYY-MM-DD');
  if (!DAY.test(query.to) || Number.isNaN(Date.parse(query.to))) throw ClientErrors.badInput('filter.to', 'must be a day, YYYY-MM-DD');
  const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 + 1;
  if (days < 1) throw ClientErrors.badInput('filter.to', 'must not be before filter.from');
  if (days > MAX_DAYS) throw ClientErrors.badInput('filter', `spans at most ${MAX_DAYS} days`);
  const where: Partial<Record<Dimension, string>> = {};
  for (const dimension of DIMENSIONS) {
    const value = query.where[dimension];
    if (value !== undefined && value !== null && value !== '') where[dimension] = value;
  }
  return { filter: { fromDay: query.from, toDay: query.to, where }, days };
}

function assertReader(identity: Identity): void {
  if (!READERS.has(identity.role)) throw ClientErrors.forbidden('Analytics are for leads, admins and analysts');
}
