import { duration, percent } from '../insights-format';
import type { DrillFigure, InsightFigures } from '../insights-types';

interface Tile {
  readonly label: string;
  readonly value: string;
  readonly detail?: string;
  /** The tickets behind the figure, when it has any. */
  readonly drill?: DrillFigure;
}

function tiles(f: InsightFigures): Tile[] {
  return [
    { label: 'Tickets', value: String(f.tickets), detail: `${f.ticketsPerHour.toFixed(2)} per hour`, drill: 'TICKETS' },
    { label: 'CSAT', value: f.csatAverage === null ? '—' : f.csatAverage.toFixed(2), detail: `${f.csatResponses} answers · ${percent(f.csatResponseRate)} response rate`, drill: 'CSAT_ANSWERED' },
    { label: 'Satisfied', value: percent(f.csatSatisfied), detail: 'answers of 4 or 5', drill: 'DISSATISFIED' },
    { label: 'First response', value: duration(f.firstResponseMedianMs), detail: `median · p90 ${duration(f.firstResponseP90Ms)}` },
    { label: 'Resolution', value: duration(f.resolutionMedianMs), detail: `median · p90 ${duration(f.resolutionP90Ms)}`, drill: 'RESOLVED' },
    { label: 'SLA met', value: percent(f.slaAttainment), drill: 'SLA_MISSED', detail: 'drill: missed' },
    { label: 'Reopened', value: percent(f.reopenRate), drill: 'REOPENED' },
    { label: 'AI resolution', value: percent(f.aiResolutionRate), detail: 'AI reply, no human', drill: 'AI_RESOLVED' },
    { label: 'Drafts accepted', value: percent(f.draftAcceptanceRate), detail: `${f.draftsEdited} edited · ${f.averageEditDistance === null ? '—' : Math.round(f.averageEditDistance)} chars changed`, drill: 'DRAFTS_EDITED' },
    { label: 'Deflection', value: percent(f.deflectionRate), detail: `${f.helpVisits} help visits` },
    { label: 'Triage accuracy', value: percent(f.triageAccuracy), drill: 'TRIAGE_CORRECTED', detail: 'drill: corrected' },
    { label: 'LLM cost', value: `$${f.llmCostUsd.toFixed(2)}`, detail: `${f.llmTokens.toLocaleString()} tokens` },
  ];
}

/** The headline figures; a figure with tickets behind it opens them. */
export function KpiTiles({ figures, onDrill }: { figures: InsightFigures; onDrill: (figure: DrillFigure, label: string) => void }) {
  return (
    <ul className="kpi-tiles" aria-label="Figures">
      {tiles(figures).map((tile) => (
        <li key={tile.label}>
          {tile.drill ? (
            <button type="button" className="kpi-tile" onClick={() => onDrill(tile.drill!, tile.label)} aria-label={`${tile.label}: ${tile.value}, show tickets`}>
              <span className="kpi-label">{tile.label}</span>
              <strong className="kpi-value">{tile.value}</strong>
              {tile.detail ? <span className="kpi-detail">{tile.detail}</span> : null}
            </button>
          ) : (
            <div className="kpi-tile" aria-label={`${tile.label}: ${tile.value}`}>
              <span className="kpi-label">{tile.label}</span>
              <strong className="kpi-value">{tile.value}</strong>
              {tile.detail ? <span className="kpi-detail">{tile.detail}</span> : null}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
