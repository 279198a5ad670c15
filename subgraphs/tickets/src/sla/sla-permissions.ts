import { roles } from '@support-graph/runtime';

/** Field rules of SLA policies; rows in docs/security.md's role matrix. */
const team = roles('agent', 'lead', 'admin', 'analyst', 'service');
const managers = roles('lead', 'admin');
const everyone = roles('customer', 'agent', 'lead', 'admin', 'analyst', 'partner', 'service');

export const slaQueryPermissions = { slaPolicies: team };
export const slaMutationPermissions = { saveSlaPolicy: managers, setTeamCalendar: managers };
export const slaSubscriptionPermissions = { slaNotices: roles('agent', 'lead', 'admin') };
export const slaTypePermissions = {
  TicketSla: everyone,
  SlaPolicy: team,
  TeamCalendar: team,
  SlaNotice: roles('agent', 'lead', 'admin', 'service'),
};
export const slaFieldPermissions = {
  Ticket: { sla: everyone },
  Team: { calendar: team },
};
