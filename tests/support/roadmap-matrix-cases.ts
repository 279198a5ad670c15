import type { MatrixRow } from './role-matrix.js';

/** What the roadmap cells of the role matrix read and change: made in the matrix's setup by an agent (offline roadmap). */
export interface RoadmapMatrixFixtures {
  issueId: string;
  issueKey: string;
  epicKey: string;
  sprintId: string;
  milestoneId: string;
}

type Reached = { query: string; variables: Record<string, unknown>; path: string[]; subgraph?: string };
type OnTicket = (ticketField: string, inner: string, path: string[]) => Reached;

/** Smallest sub-selection of each roadmap object field. */
export const ROADMAP_OBJECT_SELECTION: Record<string, string> = {
  'Ticket.linkedIssues': '{ id }',
  'Ticket.suggestedIssues': '{ score }',
  'IssueSuggestion.issue': '{ id }',
  'Roadmap.sprints': '{ id }',
  'Roadmap.milestones': '{ id }',
  'Roadmap.epics': '{ id }',
  'Roadmap.backlog': '{ id }',
  'Roadmap.componentOwners': '{ component }',
  'Sprint.issues': '{ id }',
  'Milestone.issues': '{ id }',
  'Issue.parent': '{ id }',
  'Issue.children': '{ id }',
  'Issue.sprint': '{ id }',
  'Issue.fixVersion': '{ id }',
  'Issue.owner': '{ team }',
  'Issue.linkedTickets': '{ id }',
  'Issue.customerImpact': '{ linkedTickets }',
  'CustomerImpact.tiers': '{ tier }',
};

/** Sets up the roadmap for the matrix: an issue made from the AI ticket, planned; an epic; an open look-alike for suggestions. */
export async function setUpRoadmap(must: (query: string, variables?: Record<string, unknown>) => Promise<any>, aiTicket: string): Promise<RoadmapMatrixFixtures> {
  await must('mutation { setComponentOwner(component: "shipping", team: "Logistics", owner: "matrix-owner") { component } }');
  const sprint = await must('mutation { createSprint(input: { name: "Matrix sprint", state: ACTIVE, endDate: "2027-01-01T00:00:00.000Z", goal: "Ship" }) { id } }');
  const milestone = await must('mutation { createMilestone(input: { name: "Matrix 1.0", releaseDate: "2027-01-10" }) { id } }');
  const epic = await must('mutation { createIssue(input: { summary: "Matrix epic", type: EPIC }) { key } }');
  const issue = await must('mutation($t: ID!) { createIssueFromTicket(ticketId: $t, input: { summary: "Parcels not arriving", component: "shipping" }) { id key } }', { t: aiTicket });
  await must('mutation($id: ID!, $s: ID!, $m: ID!) { updateIssue(id: $id, input: { sprintId: $s, fixVersionId: $m }) { id } }', {
    id: issue.createIssueFromTicket.id,
    s: sprint.createSprint.id,
    m: milestone.createMilestone.id,
  });
  await must('mutation($p: String!) { createIssue(input: { summary: "Matrix subtask", type: SUBTASK, parentKey: $p }) { id } }', { p: issue.createIssueFromTicket.key });
  // Unlinked, and worded like the AI ticket: what suggestedIssues finds.
  await must('mutation { createIssue(input: { summary: "Where is my parcel: ordered lamp has not arrived", type: BUG }) { id } }');
  return {
    issueId: issue.createIssueFromTicket.id,
    issueKey: issue.createIssueFromTicket.key,
    epicKey: epic.createIssue.key,
    sprintId: sprint.createSprint.id,
    milestoneId: milestone.createMilestone.id,
  };
}

/** Where a roadmap row is read from; undefined for rows of other subgraphs. */
export function roadmapReach(row: MatrixRow, leaf: string, fixtures: RoadmapMatrixFixtures, onAiTicket: OnTicket): Reached | undefined {
  const roadmap = (inner: string, path: string[]): Reached => ({ query: `{ roadmap { ${inner} } }`, variables: {}, path: ['roadmap', ...path], subgraph: 'roadmap' });
  const issue = (inner: string, path: string[]): Reached => ({ query: `query($id: ID!) { issue(id: $id) { ${inner} } }`, variables: { id: fixtures.issueKey }, path: ['issue', ...path], subgraph: 'roadmap' });
  switch (row.type) {
    case 'Roadmap':
      return roadmap(leaf, [row.field]);
    case 'Sprint':
      return roadmap(`sprints { ${leaf} }`, ['sprints', '*', row.field]);
    case 'Milestone':
      return roadmap(`milestones { ${leaf} }`, ['milestones', '*', row.field]);
    case 'ComponentOwner':
      return roadmap(`componentOwners { ${leaf} }`, ['componentOwners', '*', row.field]);
    case 'Issue':
      return issue(leaf, [row.field]);
    case 'CustomerImpact':
      return issue(`customerImpact { ${leaf} }`, ['customerImpact', row.field]);
    case 'TierCount':
      return issue(`customerImpact { tiers { ${leaf} } }`, ['customerImpact', 'tiers', '*', row.field]);
    case 'IssueSuggestion':
      return onAiTicket('suggestedIssues', `suggestedIssues { ${leaf} }`, ['suggestedIssues', '*', row.field]);
    default:
      return undefined;
  }
}

export const ROADMAP_QUERIES: Record<string, (fixtures: RoadmapMatrixFixtures) => { query: string; variables: Record<string, unknown> }> = {
  roadmap: () => ({ query: '{ roadmap { mode } }', variables: {} }),
  issue: (fixtures) => ({ query: 'query($id: ID!) { issue(id: $id) { key } }', variables: { id: fixtures.issueKey } }),
};

/** Each roadmap mutation, legal for the data so that only the role decides; null for other subgraphs' mutations. */
export function roadmapMutationFor(field: string, fixtures: RoadmapMatrixFixtures, ticketId: string, unique: (prefix: string) => string): { query: string; variables: Record<string, unknown> } | null {
  switch (field) {
    case 'createIssue':
      return { query: 'mutation($s: String!) { createIssue(input: { summary: $s }) { id } }', variables: { s: unique('Matrix issue') } };
    case 'updateIssue':
      return { query: 'mutation($id: ID!, $s: String!) { updateIssue(id: $id, input: { summary: $s }) { id } }', variables: { id: fixtures.issueId, s: 'Parcels not arriving' } };
    case 'createIssueFromTicket':
      return { query: 'mutation($t: ID!, $s: String!) { createIssueFromTicket(ticketId: $t, input: { summary: $s }) { id } }', variables: { t: ticketId, s: unique('Matrix bug') } };
    case 'linkTicketToIssue':
      return { query: 'mutation($t: ID!, $k: String!) { linkTicketToIssue(ticketId: $t, issueKey: $k) { id } }', variables: { t: ticketId, k: fixtures.epicKey } };
    case 'unlinkTicketFromIssue':
      return { query: 'mutation($t: ID!, $k: String!) { unlinkTicketFromIssue(ticketId: $t, issueKey: $k) { id } }', variables: { t: ticketId, k: fixtures.epicKey } };
    case 'createSprint':
      return { query: 'mutation($n: String!) { createSprint(input: { name: $n }) { id } }', variables: { n: unique('Matrix sprint') } };
    case 'createMilestone':
      return { query: 'mutation($n: String!) { createMilestone(input: { name: $n }) { id } }', variables: { n: unique('Matrix milestone') } };
    case 'releaseMilestone':
      return { query: 'mutation($id: ID!) { releaseMilestone(id: $id) { id } }', variables: { id: fixtures.milestoneId } };
    case 'setComponentOwner':
      return { query: 'mutation { setComponentOwner(component: "shipping", team: "Logistics", owner: "matrix-owner") { component } }', variables: {} };
    case 'syncRoadmap':
      return { query: 'mutation { syncRoadmap }', variables: {} };
    default:
      return null;
  }
}
