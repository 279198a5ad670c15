import type { ApiKeyRecord, TeamRecord, UserRecord } from './directory-records.js';

/** Users, teams and partner API keys. Adapter: MikroORM on SQLite (default) or MongoDB. */
export interface DirectoryStore {
  findUser(id: string): Promise<UserRecord | null>;
  findUserByEmail(email: string): Promise<UserRecord | null>;
  findUsers(ids: readonly string[]): Promise<UserRecord[]>;
  listUsers(): Promise<UserRecord[]>;
  /** Inserts or replaces; fails with DirectoryConflictError when another user has the email. */
  saveUser(user: UserRecord): Promise<void>;
  findTeam(id: string): Promise<TeamRecord | null>;
  findTeamByName(name: string): Promise<TeamRecord | null>;
  listTeams(): Promise<TeamRecord[]>;
  saveTeam(team: TeamRecord): Promise<void>;
  findApiKeyByHash(hash: string): Promise<ApiKeyRecord | null>;
  listApiKeys(): Promise<ApiKeyRecord[]>;
  saveApiKey(key: ApiKeyRecord): Promise<void>;
  close(): Promise<void>;
}

export class DirectoryConflictError extends Error {}
