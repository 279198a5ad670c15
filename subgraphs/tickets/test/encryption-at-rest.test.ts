import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addActiveDataKey, dataKeyFileSource, Keyring, KEYRING_REFRESH_MS, retireInactiveDataKeys } from '@support-graph/runtime';
import type { EncryptedTicketStore } from '../src/store/encrypted-ticket-store.js';
import { createSqliteTicketStore } from '../src/store/create-ticket-store.js';
import type { TicketDraft } from '../src/store/ticket-store.js';

/** The part of better-sqlite3 this test uses (the package ships no types): the file opened directly, bypassing the store. */
interface RawDatabase {
  prepare(sql: string): { all(...parameters: unknown[]): unknown[]; get(...parameters: unknown[]): unknown; run(...parameters: unknown[]): unknown };
  close(): void;
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (path: string, options?: { readonly?: boolean }) => RawDatabase;

const SECRETS = { email: 'zelda.secret@example.com', name: 'Zelda Secretname', body: 'my passport number is X1234567' };

function draft(): TicketDraft {
  const now = new Date();
  return {
    id: randomUUID(), subject: 'Encrypted subject', description: 'd', status: 'NEW', priority: 'NORMAL', category: null, channel: 'WEB',
    tags: [], tagIndex: '||', assigneeId: null, integration: null, externalId: null, history: [], createdAt: now, updatedAt: now,
    firstResponseAt: null, resolvedAt: null, slaDueAt: now,
    messages: [{ id: randomUUID(), authorId: 'c', authorRole: 'CUSTOMER', body: SECRETS.body, internal: false, createdAt: now }],
  };
}

const customer = (email = SECRETS.email) => ({ id: randomUUID(), email, name: SECRETS.name, createdAt: new Date() });

/** A store on a temporary file with a file-backed keyring whose clock the test moves. */
async function openStore() {
  const dir = mkdtempSync(join(tmpdir(), 'encrypted-'));
  const databasePath = join(dir, 'tickets.sqlite');
  const keyPath = join(dir, 'keys', 'data-keys.json');
  const clock = { now: 0 };
  const open = () => createSqliteTicketStore(databasePath, new Keyring(dataKeyFileSource(keyPath), () => clock.now));
  return { databasePath, keyPath, clock, open, store: await open() };
}

/** Every value of every row of every table, as text. */
function allRowText(databasePath: string): string {
  const database = new Database(databasePath, { readonly: true });
  try {
    const tables = database.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
    return tables.map(({ name }) => JSON.stringify(database.prepare(`select * from "${name}"`).all())).join('\n');
  } finally {
    database.close();
  }
}

function withDatabase<T>(databasePath: string, work: (database: RawDatabase) => T): T {
  const database = new Database(databasePath);
  try {
    return work(database);
  } finally {
    database.close();
  }
}

async function seed(store: EncryptedTicketStore) {
  const ticket = await store.createTicket(draft(), customer(), () => []);
  await store.updateTicket(ticket.id, undefined, (current) => {
    current.messages.push({ id: randomUUID(), authorId: 'a', authorRole: 'AGENT', body: 'agent reply to Zelda Secretname', internal: false, createdAt: new Date() });
    return [];
  });
  return ticket;
}

describe('encryption at rest (SQLite)', () => {
  it('keeps customer email, name and message bodies out of the database file, and finds customers by blind index', async () => {
    const { databasePath, store } = await openStore();
    const ticket = await seed(store);
    const again = await store.createTicket(draft(), customer('  Zelda.Secret@Example.com '.trim().toLowerCase()), () => []);
    expect(again.customerId).toBe(ticket.customerId);
    expect((await store.findTicket(ticket.id))?.messages.map((message) => message.body)).toEqual([SECRETS.body, 'agent reply to Zelda Secretname']);
    const found = await store.findCustomerByEmail(SECRETS.email);
    expect(found).toEqual(expect.objectContaining({ id: ticket.customerId, email: SECRETS.email, name: SECRETS.name }));
    await store.close();

    const rows = allRowText(databasePath);
    for (const secret of [...Object.values(SECRETS), 'zelda', 'Zelda', 'passport']) expect(rows).not.toContain(secret);
    const files = [databasePath, `${databasePath}-wal`].filter(existsSync).map((path) => readFileSync(path).toString('latin1'));
    for (const secret of Object.values(SECRETS)) for (const bytes of files) expect(bytes).not.toContain(secret);
    const stored = withDatabase(databasePath, (database) => database.prepare('select email, name, email_index from customers').get()) as Record<string, string>;
    expect(stored['email']).toMatch(/^enc:v1:/);
    expect(stored['name']).toMatch(/^enc:v1:/);
    expect(stored['email_index']).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('fails with a clear error, not garbage, when an envelope is altered or moved to another record', async () => {
    const { databasePath, open, store } = await openStore();
    const first = await seed(store);
    const second = await store.createTicket(draft(), customer('other@example.com'), () => []);
    await store.close();
    withDatabase(databasePath, (database) => {
      const { email } = database.prepare('select email from customers where id = ?').get(first.customerId) as { email: string };
      const sealed = Buffer.from(email.slice(email.lastIndexOf(':') + 1), 'base64url');
      sealed[20] = (sealed[20] ?? 0) ^ 0xff;
      database.prepare('update customers set email = ? where id = ?').run(email.slice(0, email.lastIndexOf(':') + 1) + sealed.toString('base64url'), first.customerId);
      database.prepare('update customers set name = (select name from customers where id = ?) where id = ?').run(first.customerId, second.customerId);
      const { messages } = database.prepare('select messages from tickets where id = ?').get(first.id) as { messages: string };
      const moved = JSON.parse(messages) as { body: string }[];
      const target = JSON.parse((database.prepare('select messages from tickets where id = ?').get(second.id) as { messages: string }).messages) as { body: string }[];
      target[0]!.body = moved[0]!.body;
      database.prepare('update tickets set messages = ? where id = ?').run(JSON.stringify(target), second.id);
    });
    const reopened = await open();
    await expect(reopened.findCustomer(first.customerId)).rejects.toThrow(`Encrypted customers.email of ${first.customerId} failed authentication`);
    await expect(reopened.findCustomer(second.customerId)).rejects.toThrow(`Encrypted customers.name of ${second.customerId} failed authentication`);
    // Message bodies are opened when the conversation is read (not for a list that does not ask for it).
    const tampered = await reopened.findTicket(second.id);
    expect(() => tampered?.messages).toThrow(/Encrypted tickets.messages.body of .* failed authentication/);
    expect((await reopened.findTicket(first.id))?.messages[0]?.body).toBe(SECRETS.body);
    await reopened.close();
  });

  it('re-encrypts everything under a new key, keeps email lookups working, and lets the old key be retired', async () => {
    const { databasePath, keyPath, clock, store } = await openStore();
    const ticket = await seed(store);
    const oldKeyId = store.activeKeyId();

    const newKeyId = addActiveDataKey(keyPath);
    clock.now += KEYRING_REFRESH_MS;
    expect(store.activeKeyId()).toBe(newKeyId);
    const summary = await store.reencryptToActiveKey({ batchSize: 1 });
    expect(summary).toEqual({ customers: { scanned: 1, rewritten: 1 }, tickets: { scanned: 1, rewritten: 1 }, retriedAfterConcurrentWrite: 0 });
    expect(await store.countEnvelopesByKey()).toEqual({ [newKeyId]: 4 });
    expect(await store.reencryptToActiveKey()).toEqual({ customers: { scanned: 1, rewritten: 0 }, tickets: { scanned: 1, rewritten: 0 }, retriedAfterConcurrentWrite: 0 });
    expect(allRowText(databasePath)).not.toContain(oldKeyId);

    retireInactiveDataKeys(keyPath);
    clock.now += KEYRING_REFRESH_MS;
    expect((await store.findCustomerByEmail(SECRETS.email))?.name).toBe(SECRETS.name);
    const reread = await store.findTicket(ticket.id);
    expect(reread?.messages.map((message) => message.body)).toEqual([SECRETS.body, 'agent reply to Zelda Secretname']);
    expect(reread?.version).toBe(2); // rotation does not bump versions: no client's expected version goes stale
    await store.close();
  });

  it('loses no concurrent write while it re-encrypts', async () => {
    const { keyPath, clock, store } = await openStore();
    const tickets = [];
    for (let index = 0; index < 20; index += 1) tickets.push(await store.createTicket(draft(), customer(`c${index}@example.com`), () => []));
    const newKeyId = addActiveDataKey(keyPath);
    clock.now += KEYRING_REFRESH_MS;
    const addReply = (id: string) =>
      store.updateTicket(id, undefined, (ticket) => {
        ticket.messages.push({ id: randomUUID(), authorId: 'a', authorRole: 'AGENT', body: `reply to ${id}`, internal: false, createdAt: new Date() });
        return [];
      });
    await Promise.all([store.reencryptToActiveKey({ batchSize: 3 }), ...tickets.map((ticket) => addReply(ticket.id))]);
    for (const ticket of tickets) {
      expect((await store.findTicket(ticket.id))?.messages.map((message) => message.body)).toEqual([SECRETS.body, `reply to ${ticket.id}`]);
    }
    expect(await store.countEnvelopesByKey()).toEqual({ [newKeyId]: 20 * 2 + 20 * 2 });
    await store.close();
  });

  it('encrypts a database written before encryption at rest on its next start', async () => {
    const { databasePath, open, store } = await openStore();
    const ticket = await seed(store);
    await store.close();
    // Put the rows back the way the earlier version stored them: plaintext, no blind index, no migration mark.
    withDatabase(databasePath, (database) => {
      database.prepare('update customers set email = ?, name = ?, email_index = null').run(SECRETS.email, SECRETS.name);
      const { messages } = database.prepare('select messages from tickets where id = ?').get(ticket.id) as { messages: string };
      const plain = (JSON.parse(messages) as { body: string }[]).map((message, index) => ({ ...message, body: `plain body ${index}` }));
      database.prepare('update tickets set messages = ?').run(JSON.stringify(plain));
      database.prepare('delete from store_migrations').run();
    });
    expect(allRowText(databasePath)).toContain(SECRETS.email);

    const migrated = await open();
    expect((await migrated.findCustomerByEmail(SECRETS.email))?.name).toBe(SECRETS.name);
    expect((await migrated.findTicket(ticket.id))?.messages.map((message) => message.body)).toEqual(['plain body 0', 'plain body 1']);
    expect(Object.keys(await migrated.countEnvelopesByKey())).toEqual([migrated.activeKeyId()]);
    await migrated.close();
    const rows = allRowText(databasePath);
    for (const secret of [SECRETS.email, SECRETS.name, 'plain body']) expect(rows).not.toContain(secret);
    // Nor in the file's free pages or WAL, where the rewritten plaintext rows used to be.
    const files = [databasePath, `${databasePath}-wal`].filter(existsSync).map((path) => readFileSync(path).toString('latin1'));
    for (const secret of [SECRETS.email, 'plain body']) for (const bytes of files) expect(bytes).not.toContain(secret);
  });
});
