import { allow, roles, type FieldRules } from '@support-graph/runtime';
import { ticketRunsPrivacyMutationPermissions, ticketRunsPrivacyQueryPermissions } from '../privacy/ticket-runs-privacy-permissions.js';

/**
 * Field-level rules of the agents subgraph (graphql-shield, deny by default: a field without a rule
 * here is FORBIDDEN). The role matrix in docs/security.md is the contract and
 * tests/role-matrix.test.ts checks every cell of it through the gateway.
 *
 * - Customers and partners get nothing: triage, sentiment, escalation and runs are internals of the
 *   support team (what a customer is asked for arrives as a ticket message, not through these fields).
 * - Analysts read runs and insights as metadata and aggregates. Fields that carry the customer's
 *   words or name (a run's output and error, the ask message, escalation reasons that quote the
 *   customer, the handoff summary) are denied to them, not masked: free text cannot be masked reliably.
 * - Agents, leads and admins run agents and review triage; only admins retrain it.
 * - `service` (the pipeline) reads everything; it runs agents in-process, never through the API.
 *
 * services/agent-access.ts checks the same roles again inside the use cases.
 */
const readers = roles('agent', 'lead', 'admin', 'service', 'analyst');
/** Readers minus analysts: fields with the customer's words or name in them. */
const staffReaders = roles('agent', 'lead', 'admin', 'service');
const operators = roles('agent', 'lead', 'admin');

export const agentsPermissions: FieldRules = {
  Query: {
    agentRun: readers,
    agentRuns: readers,
    triageModelStatus: readers,
    // Display names from a committed file: no customer data.
    triageCategories: readers,
    // Scores and decisions only (no example text), but the model is an admin's to manage.
    triageModelVersions: roles('admin'),
    // Counts per arm, no text: the playground's experiment results (the feedback subgraph reads them as service).
    aiConfigExperimentTally: roles('lead', 'admin', 'service'),
    ...ticketRunsPrivacyQueryPermissions,
  },
  Mutation: {
    runAgent: operators,
    draftReply: operators,
    acceptTriage: operators,
    overrideTriage: operators,
    retrainTriage: roles('admin'),
    rollbackTriageModel: roles('admin'),
    ...ticketRunsPrivacyMutationPermissions,
  },
  // Checked when the gateway admits a subscriber (docs/subscriptions.md).
  Subscription: {
    agentRun: readers,
    // A streamed draft is the run's output as it is written: the same rule as AgentRun.output.
    replyStream: staffReaders,
  },
  ExperimentArmTally: roles('lead', 'admin', 'service'),
  AgentRunUpdate: readers,
  ReplyChunk: staffReaders,
  ReplyCitation: staffReaders,
  Ticket: {
    id: allow,
    triage: readers,
    sentiment: readers,
    missingInformation: readers,
    escalation: readers,
    language: readers,
    aiRuns: readers,
  },
  AgentRun: {
    id: readers,
    ticketId: readers,
    agent: readers,
    agentVersion: readers,
    status: readers,
    // A summary (ticket number, counts, text hash), never the customer's words.
    input: readers,
    // Reply drafts, handoff summaries and questions quote the customer.
    output: staffReaders,
    confidence: readers,
    stage: readers,
    costUsd: readers,
    inputTokens: readers,
    outputTokens: readers,
    latencyMs: readers,
    model: readers,
    // The typed reply draft: addressed to the customer by name, answers their words.
    draft: staffReaders,
    // A provider's error message may echo what it was sent.
    error: staffReaders,
    createdAt: readers,
    finishedAt: readers,
    // Experiment id, kind, arm, label and version: no customer text.
    experiment: readers,
  },
  AgentRunExperiment: readers,
  ReplyDraft: {
    text: staffReaders,
    language: staffReaders,
    grounded: staffReaders,
    confidence: staffReaders,
    citations: staffReaders,
  },
  DraftCitation: {
    article: staffReaders,
    chunkId: staffReaders,
    quote: staffReaders,
  },
  // The agents subgraph only names the cited article; its fields are the knowledge subgraph's.
  Article: {
    id: staffReaders,
  },
  TicketTriage: {
    category: readers,
    priority: readers,
    team: readers,
    decidedBy: readers,
    confidence: readers,
    escalated: readers,
    accepted: readers,
    overridden: readers,
    runId: readers,
    categoryName: readers,
    teamName: readers,
  },
  TriageCategory: {
    id: readers,
    name: readers,
    team: readers,
    teamName: readers,
  },
  TicketSentiment: {
    label: readers,
    score: readers,
    frustration: readers,
    urgency: readers,
    // Fixed labels of the signs found ("all caps", "repeated contact"…), not quotes.
    cues: readers,
  },
  MissingInformation: {
    complete: readers,
    missing: readers,
    // Addressed to the customer by name.
    askMessage: staffReaders,
  },
  MissingInformationItem: {
    key: readers,
    label: readers,
    question: readers,
  },
  TicketEscalation: {
    escalate: readers,
    score: readers,
    // Quote the phrase of the customer's message that triggered them.
    reasons: staffReaders,
    // Who the customer is and what they wrote.
    handoffSummary: staffReaders,
  },
  TicketLanguage: {
    code: readers,
    confidence: readers,
  },
  TriageModelStatus: {
    state: readers,
    trainedAt: readers,
    examples: readers,
    lastError: readers,
    version: readers,
  },
  TriageModelVersion: {
    version: roles('admin'),
    trainedAt: roles('admin'),
    trigger: roles('admin'),
    examples: roles('admin'),
    corrections: roles('admin'),
    metrics: roles('admin'),
    comparedWith: roles('admin'),
    servingMetrics: roles('admin'),
    decision: roles('admin'),
    reason: roles('admin'),
    active: roles('admin'),
  },
  HeldOutMetrics: {
    accuracy: roles('admin'),
    macroF1: roles('admin'),
    examples: roles('admin'),
  },
};
