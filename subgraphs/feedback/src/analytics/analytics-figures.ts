import { COUNTERS, counterOf, histogramQuantileMs, type Counter, type CubeCounts } from './cube-counts.js';

/** The figures of one group of cells; a rate is null when its denominator is 0. */
export interface AnalyticsFigures {
  readonly tickets: number;
  readonly resolved: number;
  readonly ticketsPerHour: number;
  readonly csatAverage: number | null;
  /** Share of answers that were 4 or 5. */
  readonly csatSatisfied: number | null;
  readonly csatResponses: number;
  /** Answers per resolved ticket. */
  readonly csatResponseRate: number | null;
  readonly firstResponseMedianMs: number | null;
  readonly firstResponseP90Ms: number | null;
  readonly resolutionMedianMs: number | null;
  readonly resolutionP90Ms: number | null;
  readonly slaAttainment: number | null;
  readonly reopenRate: number | null;
  /** Resolved with an AI reply and no human message, per resolved ticket. */
  readonly aiResolutionRate: number | null;
  /** Drafts sent (as is or edited) per draft rated. */
  readonly draftAcceptanceRate: number | null;
  readonly draftsSentAsIs: number;
  readonly draftsEdited: number;
  readonly draftsDiscarded: number;
  readonly averageEditDistance: number | null;
  readonly deflectionRate: number | null;
  readonly helpVisits: number;
  readonly articleHelpfulRate: number | null;
  /** Triage decisions a person reviewed that they did not correct. */
  readonly triageAccuracy: number | null;
  readonly triageReviewed: number;
  readonly suggestionThumbsUpRate: number | null;
  readonly llmTokens: number;
  readonly llmCostUsd: number;
}

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

export function analyticsFigures(counts: CubeCounts, hours: number): AnalyticsFigures {
  const c = Object.fromEntries(COUNTERS.map((name) => [name, counterOf(counts, name)])) as Record<Counter, number>;
  const rated = c.draftsAsIs + c.draftsEdited + c.draftsDiscarded;
  return {
    tickets: c.tickets,
    resolved: c.resolved,
    ticketsPerHour: hours > 0 ? c.tickets / hours : 0,
    csatAverage: ratio(c.csatSum, c.csatResponses),
    csatSatisfied: ratio(c.csatSatisfied, c.csatResponses),
    csatResponses: c.csatResponses,
    csatResponseRate: ratio(c.csatResponses, c.resolved),
    firstResponseMedianMs: histogramQuantileMs(counts, 'firstResponse', 0.5),
    firstResponseP90Ms: histogramQuantileMs(counts, 'firstResponse', 0.9),
    resolutionMedianMs: histogramQuantileMs(counts, 'resolution', 0.5),
    resolutionP90Ms: histogramQuantileMs(counts, 'resolution', 0.9),
    slaAttainment: ratio(c.slaMet, c.slaEligible),
    reopenRate: ratio(c.reopened, c.resolved),
    aiResolutionRate: ratio(c.aiResolved, c.resolved),
    draftAcceptanceRate: ratio(c.draftsAsIs + c.draftsEdited, rated),
    draftsSentAsIs: c.draftsAsIs,
    draftsEdited: c.draftsEdited,
    draftsDiscarded: c.draftsDiscarded,
    averageEditDistance: ratio(c.editDistanceSum, c.draftsEdited),
    deflectionRate: ratio(c.deflections, c.helpSessions),
    helpVisits: c.helpSessions,
    articleHelpfulRate: ratio(c.articleHelpful, c.articleHelpful + c.articleNotHelpful),
    triageAccuracy: ratio(c.triageReviewed - c.triageCorrected, c.triageReviewed),
    triageReviewed: c.triageReviewed,
    suggestionThumbsUpRate: ratio(c.thumbsUp, c.thumbsUp + c.thumbsDown),
    llmTokens: c.tokens,
    llmCostUsd: Math.round(c.costUsd * 1e6) / 1e6,
  };
}
