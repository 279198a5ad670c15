import { allow, roles, type FieldRules } from '@support-graph/runtime';

/**
 * Field-level rules of the roadmap subgraph (graphql-shield, deny by default). The role matrix in
 * docs/security.md is the contract; tests/role-matrix.test.ts checks every cell through the gateway.
 *
 * - Agents, leads and admins plan: create and link issues, offline sprints and milestones, owners.
 * - Analysts read the roadmap and customer impact (aggregates), not descriptions (they quote customers).
 * - Partners read a public subset (sprints, milestones, issue keys, summaries and status) through
 *   persisted operations; nothing about tickets, customers or owners.
 * - Customers get nothing here: they hear that a fix shipped as a message on their ticket.
 */
const staff = roles('agent', 'lead', 'admin', 'service');
const readers = roles('agent', 'lead', 'admin', 'service', 'analyst');
const publicReaders = roles('agent', 'lead', 'admin', 'service', 'analyst', 'partner');
const planners = roles('agent', 'lead', 'admin');

export const roadmapPermissions: FieldRules = {
  // The privacy fields: the tickets subgraph's signed `service` identity only.
  Query: { roadmap: publicReaders, issue: publicReaders, privacyTicketRoadmap: roles('service') },
  Mutation: {
    createIssue: planners,
    updateIssue: planners,
    createIssueFromTicket: planners,
    linkTicketToIssue: planners,
    unlinkTicketFromIssue: planners,
    createSprint: planners,
    createMilestone: planners,
    releaseMilestone: planners,
    setComponentOwner: planners,
    syncRoadmap: planners,
    forgetTicketRoadmap: roles('service'),
  },
  Subscription: { roadmapEvents: readers },
  RoadmapEvent: readers,
  Roadmap: {
    mode: publicReaders,
    projectKey: publicReaders,
    sprints: publicReaders,
    milestones: publicReaders,
    epics: publicReaders,
    backlog: readers,
    componentOwners: readers,
  },
  Sprint: publicReaders,
  Milestone: publicReaders,
  Issue: {
    id: publicReaders,
    key: publicReaders,
    type: publicReaders,
    summary: publicReaders,
    status: publicReaders,
    statusCategory: publicReaders,
    parentKey: publicReaders,
    parent: publicReaders,
    children: publicReaders,
    progress: publicReaders,
    sprint: publicReaders,
    fixVersion: publicReaders,
    createdAt: publicReaders,
    updatedAt: publicReaders,
    syncState: readers,
    labels: readers,
    component: readers,
    assignee: readers,
    owner: readers,
    customerImpact: readers,
    // Made from a ticket, it holds the (redacted) conversation: the support team only.
    description: staff,
    linkedTickets: staff,
  },
  ComponentOwner: readers,
  CustomerImpact: readers,
  TierCount: readers,
  IssueSuggestion: staff,
  Ticket: { id: allow, linkedIssues: staff, suggestedIssues: staff },
};
