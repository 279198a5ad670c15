import { skipToken, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { LIVE_UPDATES } from '../../live/live-updates';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { figuresCsv } from '../insights-format';
import { FeedbackAnalytics, FeedbackEvents } from '../insights-operations';
import type { DrillFigure, GroupBy, InsightFilter } from '../insights-types';
import { DrillDownList } from './drill-down-list';
import { InsightsCharts } from './insights-charts';
import { InsightsFilters } from './insights-filters';
import { KpiTiles } from './kpi-tiles';

const DAY_MS = 86_400_000;
const day = (at: number) => new Date(at).toISOString().slice(0, 10);
/** How often figures are re-read when live updates poll instead of subscribing. */
const REFRESH_MS = 30_000;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** /insights: support analytics for leads, admins and analysts, live, with drill-down to the tickets and CSV export. */
export function InsightsPage() {
  const [filter, setFilter] = useState<InsightFilter>(() => ({ from: day(Date.now() - 29 * DAY_MS), to: day(Date.now()) }));
  const [groupBy, setGroupBy] = useState<GroupBy>('DAY');
  const [drill, setDrill] = useState<{ figure: DrillFigure; label: string; filter: InsightFilter }>();
  const subscribed = LIVE_UPDATES === 'subscriptions';
  const { data, loading, error, refetch } = useQuery(FeedbackAnalytics, { variables: { filter, groupBy }, pollInterval: subscribed ? 0 : REFRESH_MS });
  // A new CSAT answer or content gap re-reads the figures.
  useSubscription(FeedbackEvents, subscribed ? { fetchPolicy: 'no-cache', ignoreResults: true, onData: () => void refetch() } : skipToken);

  const analytics = data?.feedbackAnalytics;
  const pickGroup = (key: string) => {
    const narrowed: InsightFilter =
      groupBy === 'DAY' ? { ...filter, from: key, to: key } : { ...filter, [groupBy === 'MODE' ? 'mode' : groupBy.toLowerCase()]: key };
    setDrill({ figure: 'TICKETS', label: `Tickets · ${key}`, filter: narrowed });
  };
  return (
    <main className="insights-page">
      <header className="insights-header">
        <h1>Insights</h1>
        <button
          type="button"
          disabled={!analytics}
          onClick={() => analytics && download(`insights-${filter.from}-${filter.to}.csv`, figuresCsv(groupBy.toLowerCase(), [...analytics.groups, { key: 'total', figures: analytics.totals }]))}
        >
          Export CSV
        </button>
      </header>
      <InsightsFilters filter={filter} groupBy={groupBy} onFilter={setFilter} onGroupBy={setGroupBy} />
      {loading && !data ? <LoadingView label="Loading figures" /> : null}
      {error ? <ErrorView error={error} title="The figures could not be loaded" onRetry={() => void refetch()} /> : null}
      {analytics ? (
        <>
          <KpiTiles figures={analytics.totals} onDrill={(figure, label) => setDrill({ figure, label, filter })} />
          <InsightsCharts groups={analytics.groups} groupBy={groupBy} onPick={pickGroup} />
        </>
      ) : null}
      {drill ? <DrillDownList filter={drill.filter} figure={drill.figure} label={drill.label} onClose={() => setDrill(undefined)} /> : null}
    </main>
  );
}
