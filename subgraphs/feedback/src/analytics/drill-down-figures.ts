import type { Counter } from './cube-counts.js';

/**
 * The figures a person can drill into, and which tickets are "behind" each: a condition on the
 * tickets' facts, so the list matches what the figure counted.
 */
export const DRILL_DOWN_CONDITIONS = {
  TICKETS: {},
  RESOLVED: { resolved: true },
  REOPENED: { reopened: true },
  AI_RESOLVED: { aiResolved: true },
  CSAT_ANSWERED: { csatScore: { $ne: null } },
  DISSATISFIED: { csatScore: { $lte: 3 } },
  SLA_MISSED: { slaMet: false },
  DRAFTS_EDITED: { draftsEdited: { $gt: 0 } },
  DRAFTS_DISCARDED: { draftsDiscarded: { $gt: 0 } },
  TRIAGE_CORRECTED: { triageCorrected: true },
} as const;

export type DrillDownFigure = keyof typeof DRILL_DOWN_CONDITIONS;
export const DrillDownFigure = Object.fromEntries(Object.keys(DRILL_DOWN_CONDITIONS).map((key) => [key, key])) as { [K in DrillDownFigure]: K };

/**
 * How many tickets are behind a figure, from the cube (so the list's total is the figure the tile
 * showed, and counting costs nothing); null where the cube counts something else (drafts, not tickets).
 */
export const DRILL_DOWN_TOTALS: Readonly<Record<DrillDownFigure, ((counter: (name: Counter) => number) => number) | null>> = {
  TICKETS: (c) => c('tickets'),
  RESOLVED: (c) => c('resolved'),
  REOPENED: (c) => c('reopened'),
  AI_RESOLVED: (c) => c('aiResolved'),
  CSAT_ANSWERED: (c) => c('csatResponses'),
  DISSATISFIED: (c) => c('csatResponses') - c('csatSatisfied'),
  SLA_MISSED: (c) => c('slaEligible') - c('slaMet'),
  DRAFTS_EDITED: null,
  DRAFTS_DISCARDED: null,
  TRIAGE_CORRECTED: (c) => c('triageCorrected'),
};
