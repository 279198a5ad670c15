import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GroupBy, InsightFigures } from '../insights-types';

type Group = { key: string; figures: InsightFigures };

/** Volume and satisfaction over the breakdown (a line over days, bars for other dimensions); a bar or point opens its tickets. */
export function InsightsCharts({ groups, groupBy, onPick }: { groups: readonly Group[]; groupBy: GroupBy; onPick: (key: string) => void }) {
  const rows = groups.map((group) => ({
    key: group.key,
    tickets: group.figures.tickets,
    resolved: group.figures.resolved,
    csat: group.figures.csatAverage === null ? null : Number(group.figures.csatAverage.toFixed(2)),
    aiResolution: group.figures.aiResolutionRate === null ? null : Math.round(group.figures.aiResolutionRate * 100),
    slaMet: group.figures.slaAttainment === null ? null : Math.round(group.figures.slaAttainment * 100),
  }));
  if (rows.length === 0) return <p className="insights-empty">No tickets in this period.</p>;
  const pick = (state: { activeLabel?: string | number } | null | undefined) => {
    if (state?.activeLabel !== undefined) onPick(String(state.activeLabel));
  };
  return (
    <div className="insights-charts">
      <figure aria-label="Tickets and resolutions">
        <figcaption>Tickets and resolutions</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          {groupBy === 'DAY' ? (
            <LineChart data={rows} onClick={pick}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="key" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Line type="monotone" dataKey="tickets" name="Tickets" stroke="#2563eb" isAnimationActive={false} />
              <Line type="monotone" dataKey="resolved" name="Resolved" stroke="#16a34a" isAnimationActive={false} />
            </LineChart>
          ) : (
            <BarChart data={rows} onClick={pick}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="key" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Bar dataKey="tickets" name="Tickets" fill="#2563eb" isAnimationActive={false} />
              <Bar dataKey="resolved" name="Resolved" fill="#16a34a" isAnimationActive={false} />
            </BarChart>
          )}
        </ResponsiveContainer>
      </figure>
      <figure aria-label="Quality">
        <figcaption>CSAT (1–5), AI resolution and SLA met (%)</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={rows} onClick={pick}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="key" />
            <YAxis yAxisId="csat" domain={[0, 5]} />
            <YAxis yAxisId="percent" orientation="right" domain={[0, 100]} />
            <Tooltip />
            <Legend />
            <Bar yAxisId="csat" dataKey="csat" name="CSAT" fill="#f59e0b" isAnimationActive={false} />
            <Bar yAxisId="percent" dataKey="aiResolution" name="AI resolution %" fill="#8b5cf6" isAnimationActive={false} />
            <Bar yAxisId="percent" dataKey="slaMet" name="SLA met %" fill="#0d9488" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
