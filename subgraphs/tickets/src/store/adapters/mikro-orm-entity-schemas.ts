import { EntitySchema } from '@mikro-orm/core';
import type { HistoryRecord, MessageRecord, OutboxRecord, TicketRecord } from '../ticket-records.js';
import type { StoredCustomerRecord } from './stored-records.js';

/** A one-time data migration that has run to the end (e.g. encrypting rows from before encryption at rest). */
export interface StoreMigrationRecord {
  name: string;
  completedAt: Date;
}

/** Row of the counter that hands out human ticket numbers. */
export interface SequenceRecord {
  name: string;
  value: number;
}

/**
 * The one entity model for SQLite and MongoDB. The only difference is where the primary key
 * lives: MongoDB insists on `_id`, SQL keeps a plain `id` column.
 */
export function createEntitySchemas(target: 'sql' | 'mongo') {
  const primaryKey = { type: 'string', primary: true, ...(target === 'mongo' ? { fieldName: '_id' } : {}) } as const;

  const Message = new EntitySchema<MessageRecord>({
    name: 'TicketMessage',
    embeddable: true,
    properties: {
      id: { type: 'string' },
      authorId: { type: 'string' },
      authorRole: { type: 'string' },
      body: { type: 'text' },
      internal: { type: 'boolean' },
      createdAt: { type: 'Date' },
    },
  });

  const History = new EntitySchema<HistoryRecord>({
    name: 'TicketHistoryEntry',
    embeddable: true,
    properties: {
      changedAt: { type: 'Date' },
      actor: { type: 'string' },
      field: { type: 'string' },
      from: { type: 'string', nullable: true },
      to: { type: 'string', nullable: true },
    },
  });

  const Ticket = new EntitySchema<TicketRecord>({
    name: 'Ticket',
    tableName: 'tickets',
    properties: {
      id: primaryKey,
      number: { type: 'integer', unique: true },
      subject: { type: 'string', length: 200 },
      description: { type: 'text' },
      status: { type: 'string', index: true },
      priority: { type: 'string', index: true },
      category: { type: 'string', nullable: true },
      channel: { type: 'string' },
      tags: { type: 'json' },
      tagIndex: { type: 'string' },
      customerId: { type: 'string', index: true },
      assigneeId: { type: 'string', nullable: true, index: true },
      integration: { type: 'string', nullable: true, index: true },
      // Not unique: MongoDB's unique index would refuse a second ticket without one. The importer looks up before it writes.
      externalId: { type: 'string', nullable: true, index: true },
      messages: { kind: 'embedded', entity: () => Message, array: true, object: true },
      history: { kind: 'embedded', entity: () => History, array: true, object: true },
      createdAt: { type: 'Date' },
      updatedAt: { type: 'Date' },
      firstResponseAt: { type: 'Date', nullable: true },
      resolvedAt: { type: 'Date', nullable: true },
      slaDueAt: { type: 'Date' },
      version: { type: 'integer', version: true },
    },
  });

  const Customer = new EntitySchema<StoredCustomerRecord>({
    name: 'Customer',
    tableName: 'customers',
    properties: {
      id: primaryKey,
      // Envelopes (see ticket-field-encryption.ts): random per write, so uniqueness lives on the blind index.
      email: { type: 'text' },
      emailIndex: { type: 'string', unique: true, nullable: true },
      name: { type: 'text' },
      tier: { type: 'string' },
      createdAt: { type: 'Date' },
    },
  });

  const Outbox = new EntitySchema<OutboxRecord>({
    name: 'OutboxEvent',
    tableName: 'outbox',
    properties: {
      id: primaryKey,
      sequence: { type: 'integer', index: true },
      type: { type: 'string' },
      aggregateId: { type: 'string' },
      payload: { type: 'text' },
      occurredAt: { type: 'Date' },
      publishedAt: { type: 'Date', nullable: true, index: true },
      traceparent: { type: 'string', nullable: true },
    },
  });

  const Sequence = new EntitySchema<SequenceRecord>({
    name: 'Sequence',
    tableName: 'sequences',
    properties: {
      name: { type: 'string', primary: true, ...(target === 'mongo' ? { fieldName: '_id' } : {}) },
      value: { type: 'integer' },
    },
  });

  const StoreMigration = new EntitySchema<StoreMigrationRecord>({
    name: 'StoreMigration',
    tableName: 'store_migrations',
    properties: {
      name: { type: 'string', primary: true, ...(target === 'mongo' ? { fieldName: '_id' } : {}) },
      completedAt: { type: 'Date' },
    },
  });

  return { Message, History, Ticket, Customer, Outbox, Sequence, StoreMigration };
}

export type EntitySchemas = ReturnType<typeof createEntitySchemas>;
