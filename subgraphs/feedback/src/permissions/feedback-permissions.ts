import { allow, roles, type FieldRules } from '@support-graph/runtime';

/**
 * Field-level rules of the feedback subgraph (graphql-shield, deny by default). The role matrix in
 * docs/security.md is the contract and tests/role-matrix.test.ts checks it through the gateway.
 *
 * - Customers rate their own tickets (a Ticket is only reachable by its customer) and see their answer.
 * - The support team sees answers and comments; analysts see scores but not comments (the customer's
 *   words) nor survey links (a link is a permission).
 * - Analytics are aggregates and ticket ids, PII-free: leads, admins and analysts.
 */
const everyoneButPartners = roles('customer', 'agent', 'lead', 'admin', 'analyst', 'service');
const staffAndCustomer = roles('customer', 'agent', 'lead', 'admin', 'service');

export const feedbackPermissions: FieldRules = {
  Query: {
    // Internal: the gateway's /survey-link route, for visitors who hold a signed link.
    surveyByLink: roles('service'),
  },
  Mutation: {
    rateTicket: roles('customer'),
    answerSurveyByLink: roles('service'),
  },
  SurveyByLink: {
    ticketNumber: roles('service'),
    satisfaction: roles('service'),
  },
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
};
