/** GraphQL documents the tests send, as a client would write them. */
export const TICKET_FIELDS = `
  id number subject description status priority category channel tags assigneeId version
  createdAt updatedAt firstResponseAt resolvedAt slaDueAt
  customer { id name email tier }
  messages { id authorId authorRole body internal createdAt }
  history { changedAt actor field from to }
`;

/** What a customer may read of their own ticket (no assignee, no history: docs/security.md). */
export const CUSTOMER_TICKET_FIELDS = `
  id number subject description status priority category channel tags version
  createdAt updatedAt firstResponseAt resolvedAt slaDueAt
  customer { id name email tier }
  messages { id authorId authorRole body internal createdAt }
`;

export const CREATE_TICKET = `mutation Create($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`;
export const CUSTOMER_CREATE_TICKET = `mutation Create($input: CreateTicketInput!) { createTicket(input: $input) { ${CUSTOMER_TICKET_FIELDS} } }`;
export const CUSTOMER_GET_TICKET = `query Get($id: ID!) { ticket(id: $id) { ${CUSTOMER_TICKET_FIELDS} } }`;
export const GET_TICKET = `query Get($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`;
export const LIST_TICKETS = `query List($filter: TicketFilter, $first: Int, $after: String) {
  tickets(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id number subject status priority tags customer { email } } }
  }
}`;
export const ADD_MESSAGE = `mutation Add($id: ID!, $input: AddMessageInput!) { addMessage(ticketId: $id, input: $input) { ${TICKET_FIELDS} } }`;
export const CUSTOMER_ADD_MESSAGE = `mutation Add($id: ID!, $input: AddMessageInput!) { addMessage(ticketId: $id, input: $input) { ${CUSTOMER_TICKET_FIELDS} } }`;
export const CHANGE_STATUS = `mutation Move($id: ID!, $status: TicketStatus!, $version: Int) { changeTicketStatus(id: $id, status: $status, version: $version) { id status version resolvedAt history { field from to } } }`;
export const ASSIGN = `mutation Assign($id: ID!, $assigneeId: ID) { assignTicket(id: $id, assigneeId: $assigneeId) { id assigneeId version } }`;
export const UPDATE_TICKET = `mutation Update($id: ID!, $input: UpdateTicketInput!) { updateTicket(id: $id, input: $input) { id subject priority category tags version slaDueAt history { field from to } } }`;
export const GET_CUSTOMER = `query Customer($id: ID!) { customer(id: $id) { id name email tier } }`;
