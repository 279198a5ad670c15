import { allRolesExcept, roles, type FieldRules } from '@support-graph/runtime';

/** Field rules of the directory part of the tickets subgraph; rows in docs/security.md's role matrix. */
const admin = roles('admin');
const team = roles('agent', 'lead', 'admin', 'analyst', 'service');

export const directoryQueryPermissions = {
  users: team,
  user: team,
  teams: team,
  apiKeys: admin,
  directoryIdentity: roles('service'),
  apiKeyPartner: roles('service'),
};

export const directoryMutationPermissions = {
  inviteUser: admin,
  changeUserRole: admin,
  addUserToTeam: admin,
  deactivateUser: admin,
  createTeam: admin,
  createApiKey: admin,
  revokeApiKey: admin,
};

export const directoryTypePermissions: FieldRules = {
  User: { id: allRolesExcept('customer'), email: team, name: team, role: team, active: team, teams: team },
  Team: { id: team, name: team, members: team },
  ApiKey: admin,
  CreatedApiKey: admin,
  DirectoryIdentity: roles('service'),
};

