import type { InsightFigures } from './insights-types';

export function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)} %`;
}

export function duration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  const minutes = ms / 60_000;
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  return hours < 48 ? `${hours.toFixed(1)} h` : `${(hours / 24).toFixed(1)} d`;
}

/** The columns of the CSV export, in order, with how each is written. */
const CSV_COLUMNS: readonly [string, (figures: InsightFigures) => string | number | null][] = [
  ['tickets', (f) => f.tickets],
  ['resolved', (f) => f.resolved],
  ['tickets_per_hour', (f) => f.ticketsPerHour],
  ['csat_average', (f) => f.csatAverage],
  ['csat_response_rate', (f) => f.csatResponseRate],
  ['first_response_median_ms', (f) => f.firstResponseMedianMs],
  ['first_response_p90_ms', (f) => f.firstResponseP90Ms],
  ['resolution_median_ms', (f) => f.resolutionMedianMs],
  ['resolution_p90_ms', (f) => f.resolutionP90Ms],
  ['sla_attainment', (f) => f.slaAttainment],
  ['reopen_rate', (f) => f.reopenRate],
  ['ai_resolution_rate', (f) => f.aiResolutionRate],
  ['draft_acceptance_rate', (f) => f.draftAcceptanceRate],
  ['drafts_edited', (f) => f.draftsEdited],
  ['average_edit_distance', (f) => f.averageEditDistance],
  ['deflection_rate', (f) => f.deflectionRate],
  ['triage_accuracy', (f) => f.triageAccuracy],
  ['llm_tokens', (f) => f.llmTokens],
  ['llm_cost_usd', (f) => f.llmCostUsd],
];

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula.
  const safe = /^[=+\-@]/u.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** One row per group (and the total), the figures as numbers: what a lead pastes into a spreadsheet. */
export function figuresCsv(groupLabel: string, rows: readonly { key: string; figures: InsightFigures }[]): string {
  const header = [groupLabel, ...CSV_COLUMNS.map(([name]) => name)].join(',');
  const lines = rows.map((row) => [cell(row.key), ...CSV_COLUMNS.map(([, read]) => cell(read(row.figures)))].join(','));
  return `${[header, ...lines].join('\n')}\n`;
}
