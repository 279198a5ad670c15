import { roles } from '@support-graph/runtime';

/** Internal privacy fields: the tickets subgraph's signed `service` identity only (rows in docs/security.md). */
const service = roles('service');

export const ticketPrivacyQueryPermissions = { privacyTicketKnowledge: service };
export const ticketPrivacyMutationPermissions = { forgetTicketKnowledge: service };
