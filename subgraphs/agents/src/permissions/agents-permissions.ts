import { allow, roles, type FieldRules } from '@support-graph/runtime';

/**
 * Field-level rules of the agents subgraph, deny by default. AI runs and insights are for the
 * support team (and analysts studying them); customers and partners see none of it. The service
 * checks the same roles, so a rule forgotten here cannot open anything.
 */
const readers = roles('agent', 'lead', 'admin', 'service', 'analyst');
const operators = roles('agent', 'lead', 'admin');

export const agentsPermissions: FieldRules = {
  Query: {
    agentRun: readers,
    agentRuns: readers,
    triageModelStatus: readers,
  },
  Mutation: {
    runAgent: operators,
    draftReply: operators,
    acceptTriage: operators,
    overrideTriage: operators,
    retrainTriage: roles('admin'),
  },
  Ticket: {
    id: allow,
    triage: readers,
    sentiment: readers,
    missingInformation: readers,
    escalation: readers,
    language: readers,
    aiRuns: readers,
  },
  AgentRun: readers,
  TicketTriage: readers,
  TicketSentiment: readers,
  MissingInformation: readers,
  MissingInformationItem: readers,
  TicketEscalation: readers,
  TicketLanguage: readers,
  TriageModelStatus: readers,
};
