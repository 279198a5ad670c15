import { allow, allRolesExcept, and, or, roles, rule, type FieldRules } from '@support-graph/runtime';
import { attachmentMutationPermissions, attachmentTicketPermissions, attachmentTypePermissions } from '../attachments/attachment-permissions.js';
import { emailMessagePermissions } from '../email/email-permissions.js';
import { auditQueryPermissions, auditTypePermissions } from '../audit/audit-permissions.js';
import { auditedCustomerField, auditedTicketCustomer, auditedTicketMessages } from '../audit/pii-read-rules.js';
import { importMutationPermissions, importTypePermissions } from '../import/import-permissions.js';
import { privacyMutationPermissions, privacyQueryPermissions, privacyTypePermissions } from '../privacy/privacy-permissions.js';
import { directoryMutationPermissions, directoryQueryPermissions, directoryTypePermissions } from '../directory/directory-permissions.js';
import type { VisibleMessage } from '../services/message-visibility.js';
import type { TicketsContext } from '../tickets-context.js';

/**
 * Field-level rules of the tickets subgraph, deny by default. The role matrix in docs/security.md
 * is the contract: tests/role-matrix.test.ts checks every cell of it against this behaviour through
 * the gateway, and fails on a field that has no row. "own" cells rely on the service scoping a
 * customer to their own records; "mask" cells are allowed here and masked by pii-field-resolvers.ts.
 */
const staff = roles('agent', 'lead', 'admin', 'service');
const staffAndAnalysts = roles('agent', 'lead', 'admin', 'service', 'analyst');
const everyone = allow;

/** A partner reads message bodies only on tickets its own integration opened. */
const partnerOwnIntegration = rule('partner-own-integration', { cache: 'strict' })(
  (message: VisibleMessage, _args: unknown, context: TicketsContext) =>
    context.identity.role === 'partner' && message.ticketIntegration === context.identity.subject,
);

export const ticketsPermissions: FieldRules = {
  Query: {
    ticket: everyone,
    tickets: everyone,
    customer: allRolesExcept('partner'),
    ...directoryQueryPermissions,
    ...auditQueryPermissions,
    ...privacyQueryPermissions,
  },
  Mutation: {
    createTicket: allRolesExcept('analyst'),
    addMessage: roles('customer', 'agent', 'lead', 'admin', 'service', 'partner'),
    changeTicketStatus: staff,
    assignTicket: staff,
    updateTicket: staff,
    ...directoryMutationPermissions,
    ...privacyMutationPermissions,
    ...importMutationPermissions,
    ...attachmentMutationPermissions,
  },
  // Checked when the gateway admits a subscriber; each event's ticket is then read as the subscriber.
  Subscription: {
    ticketEvents: everyone,
    queue: staff,
  },
  TicketEvent: everyone,
  Ticket: {
    id: everyone,
    number: everyone,
    subject: everyone,
    description: everyone,
    status: everyone,
    priority: everyone,
    category: everyone,
    channel: everyone,
    tags: everyone,
    // Allowed to everyone; reads of personal data below them by non-owners are audited (audit/pii-read-rules.ts).
    customer: auditedTicketCustomer,
    assigneeId: allRolesExcept('customer'),
    assignee: allRolesExcept('customer'),
    integration: allRolesExcept('customer'),
    messages: auditedTicketMessages,
    history: allRolesExcept('customer', 'partner'),
    createdAt: everyone,
    updatedAt: everyone,
    firstResponseAt: everyone,
    resolvedAt: everyone,
    slaDueAt: everyone,
    version: everyone,
    ...attachmentTicketPermissions,
  },
  Customer: {
    id: everyone,
    tier: everyone,
    name: and(allRolesExcept('partner'), auditedCustomerField),
    email: and(allRolesExcept('partner'), auditedCustomerField),
  },
  TicketMessage: {
    id: everyone,
    authorRole: everyone,
    internal: everyone,
    createdAt: everyone,
    authorId: allRolesExcept('partner'),
    body: or(roles('customer', 'agent', 'lead', 'admin', 'service', 'analyst'), and(roles('partner'), partnerOwnIntegration)),
    ...emailMessagePermissions,
  },
  TicketHistoryEntry: {
    changedAt: staffAndAnalysts,
    actor: staffAndAnalysts,
    field: staffAndAnalysts,
    from: staffAndAnalysts,
    to: staffAndAnalysts,
  },
  TicketConnection: everyone,
  TicketEdge: everyone,
  PageInfo: everyone,
  ...directoryTypePermissions,
  ...auditTypePermissions,
  ...privacyTypePermissions,
  ...importTypePermissions,
  ...attachmentTypePermissions,
};
