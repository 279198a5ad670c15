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
