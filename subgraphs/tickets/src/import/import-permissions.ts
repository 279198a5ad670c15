import { roles, type FieldRules } from '@support-graph/runtime';

/** Importing a help desk's history is an admin action (docs/security.md's role matrix). */
const admin = roles('admin');

export const importMutationPermissions = { importTickets: admin };

export const importTypePermissions: FieldRules = {
  TicketImportSummary: admin,
  TicketImportProblem: admin,
};
