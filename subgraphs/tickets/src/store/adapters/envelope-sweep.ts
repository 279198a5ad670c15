import type { EntityManager, EntityName, FilterQuery, MikroORM, OrderDefinition } from '@mikro-orm/core';
import type { EnvelopeCensus, EnvelopeSweepSummary } from '../encrypted-ticket-store.js';
import type { EntitySchemas } from './mikro-orm-entity-schemas.js';
import type { StoredCustomerRecord, StoredTicketRecord } from './stored-records.js';
import type { TicketFieldEncryption } from './ticket-field-encryption.js';

/** Marks that every row from before encryption at rest has been encrypted, so later starts skip the scan. */
const PLAINTEXT_MIGRATION = 'encrypt-plaintext-fields';

/** How often one row is re-read and rewritten when concurrent writers keep changing it under us. */
const MAX_ATTEMPTS_PER_ROW = 5;

/** Visits every row of an entity in primary-key order, one batch (and one fresh unit of work) at a time. */
async function forEachBatch<T extends { id: string }>(orm: MikroORM, entity: EntityName<T>, batchSize: number, visit: (rows: T[]) => Promise<void>): Promise<void> {
  // MikroORM cannot see that a generic T has `id`; both entities do.
  const byId = { id: 'asc' } as OrderDefinition<T>;
  let after: string | undefined;
  for (;;) {
    const where = (after === undefined ? {} : { id: { $gt: after } }) as FilterQuery<T>;
    const rows = (await orm.em.fork().find(entity, where, { orderBy: byId, limit: batchSize })) as T[];
    if (rows.length === 0) return;
    await visit(rows);
    after = rows[rows.length - 1]?.id;
  }
}

/**
 * Rewrites one row until it sticks. `write` is conditional on what was read (a compare-and-set),
 * so a concurrent writer's change is never overwritten: we re-read its version and try again.
 */
async function rewriteRow<T>(row: T, reload: () => Promise<T | null>, write: (row: T) => Promise<'current' | 'written' | 'raced'>) {
  let current: T | null = row;
  for (let attempt = 1; current && attempt <= MAX_ATTEMPTS_PER_ROW; attempt += 1) {
    const outcome = await write(current);
    if (outcome !== 'raced') return { written: outcome === 'written', retries: attempt - 1 };
    current = await reload();
  }
  if (!current) return { written: false, retries: 0 };
  throw new Error(`Row kept changing during re-encryption after ${MAX_ATTEMPTS_PER_ROW} attempts; run the rotation again`);
}

/**
 * Brings every sensitive value to the active key: plaintext (rows from before encryption) is
 * encrypted, envelopes under older keys are re-encrypted, current ones are left alone. Idempotent
 * and resumable (a second run finds nothing to do), and safe beside running writers: customers
 * are updated only if their envelopes are still the ones read, tickets only at the version read
 * (without bumping it, so no client's expected version goes stale because of a rotation).
 */
export async function sweepToActiveKey(orm: MikroORM, entities: EntitySchemas, fields: TicketFieldEncryption, batchSize: number): Promise<EnvelopeSweepSummary> {
  const summary = { customers: { scanned: 0, rewritten: 0 }, tickets: { scanned: 0, rewritten: 0 }, retriedAfterConcurrentWrite: 0 };
  const count = (target: { scanned: number; rewritten: number }, result: { written: boolean; retries: number }) => {
    target.rewritten += result.written ? 1 : 0;
    summary.retriedAfterConcurrentWrite += result.retries;
  };

  await forEachBatch<StoredCustomerRecord>(orm, entities.Customer, batchSize, async (rows) => {
    for (const row of rows) {
      summary.customers.scanned += 1;
      const reload = () => orm.em.fork().findOne(entities.Customer, { id: row.id });
      count(summary.customers, await rewriteRow(row, reload, async (current) => {
        const update = fields.customerToActiveKey(current);
        if (!update) return 'current';
        const where = { id: current.id, email: current.email, name: current.name };
        return (await orm.em.fork().nativeUpdate(entities.Customer, where, update)) === 1 ? 'written' : 'raced';
      }));
    }
  });

  await forEachBatch<StoredTicketRecord>(orm, entities.Ticket, batchSize, async (rows) => {
    for (const row of rows) {
      summary.tickets.scanned += 1;
      const reload = () => orm.em.fork().findOne(entities.Ticket, { id: row.id });
      count(summary.tickets, await rewriteRow(row, reload, async (current) => {
        const messages = fields.messagesToActiveKey(current);
        if (!messages) return 'current';
        const where = { id: current.id, version: current.version };
        // Naming the version in the update keeps MikroORM from incrementing it.
        const update = { messages, version: current.version };
        return (await orm.em.fork().nativeUpdate(entities.Ticket, where, update)) === 1 ? 'written' : 'raced';
      }));
    }
  });
  return summary;
}

/** How many sensitive values each key id (or `plaintext`) holds, read-only: what decides whether old keys can be retired. */
export async function countEnvelopesByKey(orm: MikroORM, entities: EntitySchemas, fields: TicketFieldEncryption, batchSize: number): Promise<EnvelopeCensus> {
  const census: Record<string, number> = {};
  const tally = (keyIds: readonly string[]) => {
    for (const keyId of keyIds) census[keyId] = (census[keyId] ?? 0) + 1;
  };
  await forEachBatch<StoredCustomerRecord>(orm, entities.Customer, batchSize, async (rows) => rows.forEach((row) => tally(fields.keyIdsOfCustomer(row))));
  await forEachBatch<StoredTicketRecord>(orm, entities.Ticket, batchSize, async (rows) => rows.forEach((row) => tally(fields.keyIdsOfTicket(row))));
  return census;
}

/**
 * Encrypts rows written before encryption at rest, once per database; an interrupted run simply
 * runs again on the next start. Returns whether any row was rewritten (the caller may then scrub
 * the old plaintext out of the database's free space).
 */
export async function encryptPlaintextOnce(orm: MikroORM, entities: EntitySchemas, fields: TicketFieldEncryption, batchSize: number): Promise<boolean> {
  const em: EntityManager = orm.em.fork();
  if (await em.findOne(entities.StoreMigration, { name: PLAINTEXT_MIGRATION })) return false;
  const { customers, tickets } = await sweepToActiveKey(orm, entities, fields, batchSize);
  await em.upsert(entities.StoreMigration, { name: PLAINTEXT_MIGRATION, completedAt: new Date() });
  return customers.rewritten + tickets.rewritten > 0;
}
