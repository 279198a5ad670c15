import { EntitySchema } from '@mikro-orm/core';
import type { ApiKeyRecord, TeamRecord, UserRecord } from '../directory-records.js';

/** One entity model for SQLite and MongoDB; MongoDB keeps the primary key in `_id`. */
export function createDirectoryEntitySchemas(target: 'sql' | 'mongo') {
  const primaryKey = { type: 'string', primary: true, ...(target === 'mongo' ? { fieldName: '_id' } : {}) } as const;
  const User = new EntitySchema<UserRecord>({
    name: 'User',
    tableName: 'users',
    properties: {
      id: primaryKey,
      email: { type: 'string', unique: true },
      name: { type: 'string' },
      role: { type: 'string' },
      teams: { type: 'json' },
      active: { type: 'boolean' },
      createdAt: { type: 'Date' },
      updatedAt: { type: 'Date' },
    },
  });
  const Team = new EntitySchema<TeamRecord>({
    name: 'Team',
    tableName: 'teams',
    properties: { id: primaryKey, name: { type: 'string', unique: true }, createdAt: { type: 'Date' } },
  });
  const ApiKey = new EntitySchema<ApiKeyRecord>({
    name: 'ApiKey',
    tableName: 'api_keys',
    properties: {
      id: primaryKey,
      name: { type: 'string' },
      hash: { type: 'string', unique: true },
      prefix: { type: 'string' },
      createdAt: { type: 'Date' },
      createdBy: { type: 'string' },
      revokedAt: { type: 'Date', nullable: true },
    },
  });
  return { User, Team, ApiKey };
}

export type DirectoryEntitySchemas = ReturnType<typeof createDirectoryEntitySchemas>;
