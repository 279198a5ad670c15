import { allow, roles, type FieldRules } from '@support-graph/runtime';

/**
 * Field-level rules of the feedback subgraph (graphql-shield, deny by default). The role matrix in
 * docs/security.md is the contract and tests/role-matrix.test.ts checks it through the gateway.
 *
 * - Customers rate their own tickets (a Ticket is only reachable by its customer), vote on articles
 *   and report help-page visits.
 * - The support team sees answers and comments and rates the AI's work; analysts see scores but not
 *   comments (the customer's words) nor survey links (a link is a permission).
 * - Analytics are aggregates and ticket ids, PII-free: leads, admins and analysts.
 *
 * The services check the same roles again (signals/, analytics/).
 */
const everyoneButPartners = roles('customer', 'agent', 'lead', 'admin', 'analyst', 'service');
const staffAndCustomer = roles('customer', 'agent', 'lead', 'admin', 'service');
const raters = roles('agent', 'lead', 'admin');
const analysts = roles('lead', 'admin', 'analyst', 'service');

const FIGURES = [
  'tickets', 'resolved', 'ticketsPerHour', 'csatAverage', 'csatSatisfied', 'csatResponses', 'csatResponseRate',
  'firstResponseMedianMs', 'firstResponseP90Ms', 'resolutionMedianMs', 'resolutionP90Ms', 'slaAttainment', 'reopenRate',
  'aiResolutionRate', 'draftAcceptanceRate', 'draftsSentAsIs', 'draftsEdited', 'draftsDiscarded', 'averageEditDistance',
  'deflectionRate', 'helpVisits', 'articleHelpfulRate', 'triageAccuracy', 'triageReviewed', 'suggestionThumbsUpRate',
  'llmTokens', 'llmCostUsd',
] as const;

export const feedbackPermissions: FieldRules = {
  Query: {
    feedbackAnalytics: analysts,
    feedbackDrillDown: analysts,
    // Internal: the gateway's /survey-link route, for visitors who hold a signed link.
    surveyByLink: roles('service'),
    // Internal privacy fields: the tickets subgraph's signed `service` identity only.
    privacyTicketFeedback: roles('service'),
  },
  Mutation: {
    rateTicket: roles('customer'),
    answerSurveyByLink: roles('service'),
    eraseTicketFeedback: roles('service'),
    rateDraft: raters,
    rateSuggestion: raters,
    voteArticle: roles('customer'),
    recordHelpVisit: roles('customer'),
  },
  // Checked when the gateway admits a subscriber (docs/subscriptions.md).
  Subscription: {
    feedbackEvents: analysts,
  },
  FeedbackEvent: analysts,
  Ticket: {
    id: allow,
    satisfaction: everyoneButPartners,
  },
  TicketSatisfaction: {
    score: everyoneButPartners,
    comment: staffAndCustomer,
    answeredAt: everyoneButPartners,
    changeableUntil: everyoneButPartners,
    open: everyoneButPartners,
    surveyLink: staffAndCustomer,
  },
  SurveyByLink: {
    ticketNumber: roles('service'),
    satisfaction: roles('service'),
  },
  DraftRating: {
    runId: raters,
    outcome: raters,
    editDistance: raters,
    reason: raters,
  },
  FeedbackAnalytics: { totals: analysts, groups: analysts },
  AnalyticsGroup: { key: analysts, figures: analysts },
  AnalyticsFigures: Object.fromEntries(FIGURES.map((figure) => [figure, analysts])),
  AnalyticsDrillDown: { total: analysts, ticketIds: analysts, tickets: analysts },
};
