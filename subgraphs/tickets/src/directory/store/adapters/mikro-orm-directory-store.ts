import { UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/core';
import type { ApiKeyRecord, TeamRecord, UserRecord } from '../directory-records.js';
import { DirectoryConflictError, type DirectoryStore } from '../directory-store.js';
import type { DirectoryEntitySchemas } from './directory-entity-schemas.js';

export class MikroOrmDirectoryStore implements DirectoryStore {
  constructor(
    private readonly orm: MikroORM,
    private readonly entities: DirectoryEntitySchemas,
  ) {}

  findUser(id: string): Promise<UserRecord | null> {
    return this.orm.em.fork().findOne(this.entities.User, { id });
  }

  findUserByEmail(email: string): Promise<UserRecord | null> {
    return this.orm.em.fork().findOne(this.entities.User, { email });
  }

  async findUsers(ids: readonly string[]): Promise<UserRecord[]> {
    if (ids.length === 0) return [];
    return this.orm.em.fork().find(this.entities.User, { id: { $in: [...ids] } });
  }

  listUsers(): Promise<UserRecord[]> {
    return this.orm.em.fork().find(this.entities.User, {}, { orderBy: { email: 'asc' } });
  }

  async saveUser(user: UserRecord): Promise<void> {
    await this.upsert(this.entities.User, user);
  }

  findTeam(id: string): Promise<TeamRecord | null> {
    return this.orm.em.fork().findOne(this.entities.Team, { id });
  }

  findTeamByName(name: string): Promise<TeamRecord | null> {
    return this.orm.em.fork().findOne(this.entities.Team, { name });
  }

  listTeams(): Promise<TeamRecord[]> {
    return this.orm.em.fork().find(this.entities.Team, {}, { orderBy: { name: 'asc' } });
  }

  async saveTeam(team: TeamRecord): Promise<void> {
    await this.upsert(this.entities.Team, team);
  }

  findApiKeyByHash(hash: string): Promise<ApiKeyRecord | null> {
    return this.orm.em.fork().findOne(this.entities.ApiKey, { hash });
  }

  listApiKeys(): Promise<ApiKeyRecord[]> {
    return this.orm.em.fork().find(this.entities.ApiKey, {}, { orderBy: { createdAt: 'desc' } });
  }

  async saveApiKey(key: ApiKeyRecord): Promise<void> {
    await this.upsert(this.entities.ApiKey, key);
  }

  async close(): Promise<void> {
    await this.orm.close();
  }

  /** Insert or replace by id; a unique index (email, team name, key hash) held by another row is a conflict. */
  private async upsert<T extends { id: string }>(entity: DirectoryEntitySchemas[keyof DirectoryEntitySchemas], record: T): Promise<void> {
    const em = this.orm.em.fork();
    try {
      const existing = await em.findOne(entity as never, { id: record.id } as never);
      if (existing) em.assign(existing, record as never);
      else em.create(entity as never, record as never);
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new DirectoryConflictError('already exists');
      throw error;
    }
  }
}
