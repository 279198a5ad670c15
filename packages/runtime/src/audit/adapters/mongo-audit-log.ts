import type { Collection, MongoClient } from 'mongodb';
import type { AuditDetails, AuditEntry, AuditEntryDraft } from '../audit-entry.js';
import { redactAuditDetails } from '../audit-details.js';
import { GENESIS_HASH, hashAuditEntry } from '../audit-hash.js';
import type { AuditChains, AuditLog, AuditPage } from '../audit-log.js';
import { claimNextMongoKey, openMongoDatabase } from '../../mongo/open-mongo-database.js';
import { checkedAuditServiceName } from '../audit-service-name.js';
import { SerialQueue } from '../serial-queue.js';

/** One entry as a document; `_id` is `<service>:<sequence>`, so a second writer of the same link is refused by the primary key. */
type AuditDocument = AuditEntry & { _id: string };

const COLLECTION = 'audit_entries';

export async function connectAuditCollection(url: string): Promise<{ client: MongoClient; entries: Collection<AuditDocument> }> {
  const { client, db } = await openMongoDatabase(url);
  const entries = db.collection<AuditDocument>(COLLECTION);
  await entries.createIndex({ service: 1, sequence: 1 }, { unique: true });
  return { client, entries };
}

function entryOf(document: AuditDocument): AuditEntry {
  const { _id: _ignored, ...entry } = document;
  return { ...entry, details: entry.details as AuditDetails };
}

async function listDocuments(entries: Collection<AuditDocument>, service: string, first: number, afterSequence: number): Promise<AuditPage> {
  const documents = await entries.find({ service, sequence: { $gt: afterSequence } }).sort({ sequence: 1 }).limit(first + 1).toArray();
  return { entries: documents.slice(0, first).map(entryOf), hasNextPage: documents.length > first };
}

/** The production audit log of one service: documents in one MongoDB collection, chained per service. */
export class MongoAuditLog implements AuditLog {
  private readonly queue = new SerialQueue();

  private constructor(
    readonly service: string,
    private readonly client: MongoClient,
    private readonly entries: Collection<AuditDocument>,
    private readonly now: () => Date,
  ) {}

  static async open(url: string, service: string, now: () => Date = () => new Date()): Promise<MongoAuditLog> {
    const { client, entries } = await connectAuditCollection(url);
    return new MongoAuditLog(checkedAuditServiceName(service), client, entries, now);
  }

  append(drafts: readonly AuditEntryDraft[]): Promise<AuditEntry[]> {
    if (drafts.length === 0) return Promise.resolve([]);
    return this.queue.run(() =>
      // Another replica appended first: re-read the head and chain again.
      claimNextMongoKey(async () => {
        const stored = await this.chained(drafts);
        // Ordered: the batch stops at the first link another writer already took, and the rest is retried.
        await this.entries.insertMany(stored.map((entry) => ({ ...entry, _id: `${this.service}:${entry.sequence}` })), { ordered: true });
        return stored;
      }),
    );
  }

  list(first: number, afterSequence = 0): Promise<AuditPage> {
    return listDocuments(this.entries, this.service, first, afterSequence);
  }

  async close(): Promise<void> {
    await this.queue.run(() => this.client.close());
  }

  private async chained(drafts: readonly AuditEntryDraft[]): Promise<AuditEntry[]> {
    const head = await this.entries.find({ service: this.service }).sort({ sequence: -1 }).limit(1).next();
    let sequence = head?.sequence ?? 0;
    let previousHash = head?.hash ?? GENESIS_HASH;
    const time = this.now().toISOString();
    return drafts.map((draft) => {
      sequence += 1;
      const content = { sequence, time, service: this.service, actor: draft.actor, action: draft.action, target: draft.target, details: redactAuditDetails(draft.details ?? {}) };
      const entry: AuditEntry = { ...content, previousHash, hash: hashAuditEntry(previousHash, content) };
      previousHash = entry.hash;
      return entry;
    });
  }
}

/** Every chain in the MongoDB database. */
export class MongoAuditChains implements AuditChains {
  private constructor(
    private readonly client: MongoClient,
    private readonly entries: Collection<AuditDocument>,
  ) {}

  static async open(url: string): Promise<MongoAuditChains> {
    const { client, entries } = await connectAuditCollection(url);
    return new MongoAuditChains(client, entries);
  }

  async services(): Promise<string[]> {
    return ((await this.entries.distinct('service')) as string[]).sort();
  }

  async *read(service: string): AsyncIterable<AuditEntry> {
    // Natural (insertion) order: sorting by sequence would hide a reordering.
    for await (const document of this.entries.find({ service }).sort({ $natural: 1 })) yield entryOf(document);
  }

  list(service: string, first: number, afterSequence = 0): Promise<AuditPage> {
    return listDocuments(this.entries, checkedAuditServiceName(service), first, afterSequence);
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
