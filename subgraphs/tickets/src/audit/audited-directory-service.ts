import { auditActorOf, type AuditDetails, type AuditLog, type EventBus, type Identity } from '@support-graph/runtime';
import { DirectoryService, type InviteUserCommand } from '../directory/directory-service.js';
import type { DirectoryStore } from '../directory/store/directory-store.js';
import type { ApiKeyRecord, TeamRecord, UserRecord } from '../directory/store/directory-records.js';

/**
 * The directory with every admin action written to the audit log after it succeeded. Details hold
 * ids, roles and names of teams and keys, never a user's email or name.
 */
export class AuditedDirectoryService extends DirectoryService {
  constructor(
    store: DirectoryStore,
    bus: EventBus,
    private readonly audit: AuditLog,
  ) {
    super(store, bus);
  }

  override async inviteUser(actor: Identity, command: InviteUserCommand): Promise<UserRecord> {
    const user = await super.inviteUser(actor, command);
    await this.record(actor, 'directory.user_invited', 'user', user.id, { role: user.role, teamIds: user.teams });
    return user;
  }

  override async changeUserRole(actor: Identity, userId: string, role: string): Promise<UserRecord> {
    const user = await super.changeUserRole(actor, userId, role);
    await this.record(actor, 'directory.user_role_changed', 'user', user.id, { role: user.role });
    return user;
  }

  override async addUserToTeam(actor: Identity, userId: string, teamId: string): Promise<UserRecord> {
    const user = await super.addUserToTeam(actor, userId, teamId);
    await this.record(actor, 'directory.user_added_to_team', 'user', user.id, { teamId });
    return user;
  }

  override async deactivateUser(actor: Identity, userId: string): Promise<UserRecord> {
    const user = await super.deactivateUser(actor, userId);
    await this.record(actor, 'directory.user_deactivated', 'user', user.id, {});
    return user;
  }

  override async createTeam(actor: Identity, name: string): Promise<TeamRecord> {
    const team = await super.createTeam(actor, name);
    await this.record(actor, 'directory.team_created', 'team', team.id, { name: team.name });
    return team;
  }

  override async createApiKey(actor: Identity | 'cli', name: string): Promise<{ key: string; record: ApiKeyRecord }> {
    const created = await super.createApiKey(actor, name);
    await this.record(actor, 'directory.api_key_created', 'api_key', created.record.id, { name: created.record.name, prefix: created.record.prefix });
    return created;
  }

  override async revokeApiKey(actor: Identity, id: string): Promise<ApiKeyRecord> {
    const key = await super.revokeApiKey(actor, id);
    await this.record(actor, 'directory.api_key_revoked', 'api_key', key.id, { name: key.name });
    return key;
  }

  private async record(actor: Identity | 'cli', action: string, type: string, id: string, details: AuditDetails): Promise<void> {
    await this.audit.append([{ actor: actor === 'cli' ? { subject: 'cli', role: 'cli' } : auditActorOf(actor), action, target: { type, id }, details }]);
  }
}
