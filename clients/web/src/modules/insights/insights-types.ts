/** Hand-written types of the insights operations (graphql/*.graphql). */
export interface InsightFigures {
  tickets: number;
  resolved: number;
  ticketsPerHour: number;
  csatAverage: number | null;
  csatSatisfied: number | null;
  csatResponses: number;
  csatResponseRate: number | null;
  firstResponseMedianMs: number | null;
  firstResponseP90Ms: number | null;
  resolutionMedianMs: number | null;
  resolutionP90Ms: number | null;
  slaAttainment: number | null;
  reopenRate: number | null;
  aiResolutionRate: number | null;
  draftAcceptanceRate: number | null;
  draftsSentAsIs: number;
  draftsEdited: number;
  draftsDiscarded: number;
  averageEditDistance: number | null;
  deflectionRate: number | null;
  helpVisits: number;
  triageAccuracy: number | null;
  llmTokens: number;
  llmCostUsd: number;
}

export type GroupBy = 'DAY' | 'TEAM' | 'CATEGORY' | 'CHANNEL' | 'LANGUAGE' | 'MODE';
export type DrillFigure = 'TICKETS' | 'RESOLVED' | 'REOPENED' | 'AI_RESOLVED' | 'CSAT_ANSWERED' | 'DISSATISFIED' | 'SLA_MISSED' | 'DRAFTS_EDITED' | 'DRAFTS_DISCARDED' | 'TRIAGE_CORRECTED';

export interface InsightFilter {
  from: string;
  to: string;
  team?: string;
  category?: string;
  channel?: string;
  language?: string;
  mode?: string;
}

export interface DrillDownTicket {
  id: string;
  number: string;
  status: string;
  createdAt: string;
}
