/** GraphQL documents the agents tests send, as a client would write them. */
export const TICKET_INSIGHTS = `query Insights($id: ID!) {
  ticket(id: $id) {
    id status
    messages { authorRole body }
    triage { category priority team decidedBy confidence escalated accepted overridden }
    sentiment { label score }
    missingInformation { complete missing { key question } askMessage }
    escalation { escalate reasons handoffSummary }
    language { code }
    aiRuns(first: 50) { agent status }
  }
}`;

export const RUN_AGENT = `mutation Run($ticketId: ID!, $agent: String!) {
  runAgent(ticketId: $ticketId, agent: $agent) { id agent status output confidence stage model error }
}`;

export const DRAFT_REPLY = `mutation Draft($ticketId: ID!) { draftReply(ticketId: $ticketId) { id agent status } }`;

export const AGENT_RUN = `query Run($id: ID!) {
  agentRun(id: $id) { id ticketId agent agentVersion status input output confidence stage costUsd inputTokens outputTokens latencyMs model error createdAt finishedAt }
}`;

export const AGENT_RUNS = `query Runs($ticketId: ID!) { agentRuns(ticketId: $ticketId) { id agent status } }`;

export const ACCEPT_TRIAGE = `mutation Accept($ticketId: ID!) { acceptTriage(ticketId: $ticketId) { id triage { accepted decidedBy } } }`;

export const OVERRIDE_TRIAGE = `mutation Override($ticketId: ID!, $category: String!, $priority: TicketPriority, $team: String) {
  overrideTriage(ticketId: $ticketId, category: $category, priority: $priority, team: $team) {
    id triage { category priority team decidedBy overridden }
  }
}`;

export const OPEN_TICKET = `mutation Open($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
export const REPLY = `mutation Reply($id: ID!, $input: AddMessageInput!) { addMessage(ticketId: $id, input: $input) { id status } }`;
