import type { Db, MongoClient } from 'mongodb';

/** The MongoDB driver's types, for stores written on the driver itself rather than on the ORM. */
export type { Collection as MongoCollection, Db as MongoDatabase, Document as MongoDocument } from 'mongodb';

export interface OpenMongoDatabase {
  readonly client: MongoClient;
  /** The database the URL names (its path), `support_graph` when it names none. */
  readonly db: Db;
}

/** Connects to MONGODB_URL. The driver is loaded only here, so the embedded mode never loads it. */
export async function openMongoDatabase(url: string): Promise<OpenMongoDatabase> {
  const { MongoClient: Client } = await import('mongodb');
  const client = await new Client(url).connect();
  return { client, db: client.db(new URL(url).pathname.slice(1) || 'support_graph') };
}

/** Error 11000: a unique index refused the write (another writer took the key first). */
export function isMongoDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

/** Another writer took the key first this many times in a row: give up (something else is wrong). */
const MAX_CLAIM_ATTEMPTS = 10;

/**
 * Claims the next key of a sequence without a transaction: `attempt` reads the newest, writes the
 * next under a unique index, and is run again from the read when another writer took that key
 * first. Any other error, or losing every time, is thrown.
 */
export async function claimNextMongoKey<T>(attempt: () => Promise<T>): Promise<T> {
  for (let attempts = 1; ; attempts += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isMongoDuplicateKey(error) || attempts >= MAX_CLAIM_ATTEMPTS) throw error;
    }
  }
}
