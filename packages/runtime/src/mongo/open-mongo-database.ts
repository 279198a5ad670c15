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
