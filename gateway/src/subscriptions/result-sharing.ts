import type { Identity, Role } from '@support-graph/runtime';
import { getNamedType, parse, TypeInfo, visit, visitWithTypeInfo, type GraphQLSchema } from 'graphql';

/**
 * Roles whose read rules look at the role only, never at the subject: every ticket is theirs to
 * read and every field rule for them is a role check (subgraphs' permissions files; the subject
 * matters only for customers — ownership — and partners — their own integration). Subscribers with
 * one of these roles may share an entity read, and its result, with others of the same role.
 */
const ROLE_SCOPED: ReadonlySet<Role> = new Set<Role>(['agent', 'lead', 'admin', 'service', 'analyst']);

/**
 * Reads of personal data that are audited per actor (subgraphs/tickets/src/audit/pii-read-rules.ts:
 * Ticket.customer and Ticket.messages record what is selected below them, Customer.email/name when
 * read on their own), and the types holding it. A payload query touching any of them is run per
 * identity, so every actor's read is recorded, exactly as for their own query.
 */
const AUDITED_FIELDS: ReadonlySet<string> = new Set(['Ticket.customer', 'Ticket.messages', 'Customer.email', 'Customer.name']);
const AUDITED_TYPES: ReadonlySet<string> = new Set(['Customer', 'TicketMessage']);

/** Whether a query (its text) reads anything whose reads are audited per actor. Unknown fields count as audited. */
export function readsAuditedData(schema: GraphQLSchema, queryText: string): boolean {
  const typeInfo = new TypeInfo(schema);
  let audited = false;
  visit(
    parse(queryText),
    visitWithTypeInfo(typeInfo, {
      Field: (node) => {
        const parent = typeInfo.getParentType();
        const type = typeInfo.getType();
        if (!parent || !type) {
          if (node.name.value !== '__typename') audited = true;
          return;
        }
        if (AUDITED_FIELDS.has(`${parent.name}.${node.name.value}`) || AUDITED_TYPES.has(getNamedType(type).name)) audited = true;
      },
    }),
  );
  return audited;
}

/**
 * Who may share a subscriber's entity read and result for one event: everyone with the same role
 * when the role's rules ignore the subject and nothing audited per actor is read; otherwise only
 * the same identity (role + subject).
 */
export function sharingScope(identity: Identity, sharedByRole: boolean): string {
  return sharedByRole && ROLE_SCOPED.has(identity.role) ? `role\u0000${identity.role}` : `identity\u0000${identity.role}\u0000${identity.subject}`;
}
