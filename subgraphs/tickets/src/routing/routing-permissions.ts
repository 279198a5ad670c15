import { roles, type FieldRules } from '@support-graph/runtime';

/** Field rules of routing; rows in docs/security.md's role matrix. Leads and admins configure, agents set their own presence. */
const staff = roles('agent', 'lead', 'admin', 'service');
const team = roles('agent', 'lead', 'admin', 'analyst', 'service');
const managers = roles('lead', 'admin');

export const routingQueryPermissions = {
  myRouting: roles('agent', 'lead', 'admin'),
};

export const routingMutationPermissions = {
  setPresence: roles('agent', 'lead', 'admin'),
  reportActivity: roles('agent', 'lead', 'admin'),
  setAgentRouting: managers,
  setTeamRoutingStrategy: managers,
  routeTicket: roles('agent', 'lead', 'admin', 'service'),
};

export const routingSubscriptionPermissions = {
  presenceChanged: staff,
  assignmentNotifications: roles('agent', 'lead', 'admin'),
};

export const routingTypePermissions: FieldRules = {
  AgentRouting: team,
  ChannelCapacity: team,
  ChannelLoad: team,
  AgentSkills: team,
  RoutingDecision: staff,
  PresenceEvent: staff,
  AssignmentNotification: staff,
};

/** Fields routing adds to types of the tickets subgraph. */
export const routingFieldPermissions = {
  User: { routing: team },
  Team: { routingStrategy: team },
  Ticket: { assignmentReason: roles('agent', 'lead', 'admin', 'service', 'analyst') },
};
