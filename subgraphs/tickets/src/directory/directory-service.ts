import { randomUUID } from 'node:crypto';
import { ClientErrors, isRole, type EventBus, type Identity, type Role } from '@support-graph/runtime';
import { isId, LIMITS, requiredText, validEmail, validId } from '../domain/input-limits.js';
import { apiKeyRevoked, userChanged } from './directory-events.js';
import { hashApiKey, newApiKey } from './api-key-secret.js';
import type { ApiKeyRecord, TeamRecord, UserRecord } from './store/directory-records.js';
import { DirectoryConflictError, type DirectoryStore } from './store/directory-store.js';

export interface InviteUserCommand {
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly teamIds?: readonly string[] | null;
}

/** What the gateway needs to know about a staff identity on every request. */
export interface DirectoryIdentity {
  readonly role: Role;
  readonly active: boolean;
}

/** Customers are not users: they are customers. Users are the people (and services) who work tickets. */
const USER_ROLES: readonly Role[] = ['agent', 'lead', 'admin', 'analyst', 'service'];

/** Users, teams and partner API keys; managing them is for admins only. */
export class DirectoryService {
  constructor(
    private readonly store: DirectoryStore,
    private readonly bus: EventBus,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async inviteUser(actor: Identity, command: InviteUserCommand): Promise<UserRecord> {
    assertAdmin(actor);
    const email = validEmail('email', command.email);
    const role = validUserRole(command.role);
    const teams = await this.existingTeams(command.teamIds ?? []);
    const at = this.now();
    const user: UserRecord = {
      id: randomUUID(),
      email,
      name: requiredText('name', command.name, LIMITS.customerName),
      role,
      teams,
      active: true,
      createdAt: at,
      updatedAt: at,
    };
    await this.save(user, `A user with email ${email} already exists`);
    return user;
  }

  async changeUserRole(actor: Identity, userId: string, role: string): Promise<UserRecord> {
    assertAdmin(actor);
    const user = await this.requireUser(userId);
    user.role = validUserRole(role);
    return this.update(user);
  }

  async addUserToTeam(actor: Identity, userId: string, teamId: string): Promise<UserRecord> {
    assertAdmin(actor);
    const user = await this.requireUser(userId);
    const [team] = await this.existingTeams([teamId]);
    if (team && !user.teams.includes(team)) user.teams = [...user.teams, team];
    return this.update(user);
  }

  /** The user's tokens stop working at once: the gateway drops its cached identity on the event. */
  async deactivateUser(actor: Identity, userId: string): Promise<UserRecord> {
    assertAdmin(actor);
    const user = await this.requireUser(userId);
    user.active = false;
    return this.update(user);
  }

  async createTeam(actor: Identity, name: string): Promise<TeamRecord> {
    assertAdmin(actor);
    const team = { id: randomUUID(), name: requiredText('name', name, 80), createdAt: this.now() };
    try {
      await this.store.saveTeam(team);
    } catch (error) {
      if (error instanceof DirectoryConflictError) throw ClientErrors.conflict(`A team named ${team.name} already exists`);
      throw error;
    }
    return team;
  }

  listUsers(): Promise<UserRecord[]> {
    return this.store.listUsers();
  }

  async getUser(id: string): Promise<UserRecord | null> {
    return this.store.findUser(validId('id', id));
  }

  usersByIds(ids: readonly string[]): Promise<UserRecord[]> {
    return this.store.findUsers(ids.filter(isId));
  }

  listTeams(): Promise<TeamRecord[]> {
    return this.store.listTeams();
  }

  async teamMembers(teamId: string): Promise<UserRecord[]> {
    return (await this.store.listUsers()).filter((user) => user.teams.includes(teamId));
  }

  async teamsByIds(ids: readonly string[]): Promise<TeamRecord[]> {
    const teams = await this.store.listTeams();
    return teams.filter((team) => ids.includes(team.id));
  }

  /** Creates a partner key; the plaintext is returned here once and never stored. */
  async createApiKey(actor: Identity | 'cli', name: string): Promise<{ key: string; record: ApiKeyRecord }> {
    if (actor !== 'cli') assertAdmin(actor);
    const { key, hash, prefix } = newApiKey();
    const record: ApiKeyRecord = {
      id: randomUUID(),
      name: requiredText('name', name, 80),
      hash,
      prefix,
      createdAt: this.now(),
      createdBy: actor === 'cli' ? 'cli' : actor.subject,
      revokedAt: null,
    };
    await this.store.saveApiKey(record);
    return { key, record };
  }

  async listApiKeys(actor: Identity): Promise<ApiKeyRecord[]> {
    assertAdmin(actor);
    return this.store.listApiKeys();
  }

  async revokeApiKey(actor: Identity, id: string): Promise<ApiKeyRecord> {
    assertAdmin(actor);
    const key = (await this.store.listApiKeys()).find((candidate) => candidate.id === validId('id', id));
    if (!key) throw ClientErrors.notFound('ApiKey', id);
    key.revokedAt ??= this.now();
    await this.store.saveApiKey(key);
    await this.bus.publish(apiKeyRevoked(key.id, key.hash));
    return key;
  }

  /** For the gateway: the user record behind a staff token, by email. */
  async identityForEmail(email: string): Promise<DirectoryIdentity | null> {
    const user = await this.store.findUserByEmail(email.trim().toLowerCase());
    return user ? { role: user.role, active: user.active } : null;
  }

  /** For the gateway: the partner behind an API key, if the key exists and is not revoked. */
  async partnerForApiKey(key: string): Promise<string | null> {
    const record = await this.store.findApiKeyByHash(hashApiKey(key));
    return record && !record.revokedAt ? record.name : null;
  }

  private async requireUser(id: string): Promise<UserRecord> {
    const user = await this.store.findUser(validId('userId', id));
    if (!user) throw ClientErrors.notFound('User', id);
    return user;
  }

  private async existingTeams(ids: readonly string[]): Promise<string[]> {
    const known = new Set((await this.store.listTeams()).map((team) => team.id));
    for (const id of ids) if (!known.has(id)) throw ClientErrors.badInput('teamId', `no team ${id}`);
    return [...new Set(ids)];
  }

  private async update(user: UserRecord): Promise<UserRecord> {
    user.updatedAt = this.now();
    await this.save(user, `A user with email ${user.email} already exists`);
    await this.bus.publish(userChanged(user.id, user.email));
    return user;
  }

  private async save(user: UserRecord, conflictMessage: string): Promise<void> {
    try {
      await this.store.saveUser(user);
    } catch (error) {
      if (error instanceof DirectoryConflictError) throw ClientErrors.conflict(conflictMessage);
      throw error;
    }
  }
}

function assertAdmin(actor: Identity): void {
  if (actor.role !== 'admin') throw ClientErrors.forbidden('Only admins manage users, teams and keys');
}

function validUserRole(role: string): Role {
  if (!isRole(role) || !USER_ROLES.includes(role)) throw ClientErrors.badInput('role', `must be one of ${USER_ROLES.join(', ')}`);
  return role;
}
