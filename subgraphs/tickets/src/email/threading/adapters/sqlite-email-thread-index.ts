import type { DatabaseSync } from 'node:sqlite';
import { openSqliteFile } from '@support-graph/runtime';
import type { DeliveryState, EmailDelivery, EmailThreadIndex, InboundOutcome } from '../email-thread-index.js';

/** The embedded thread index: one SQLite file under DATA_DIR (Node's built-in `node:sqlite`). */
export class SqliteEmailThreadIndex implements EmailThreadIndex {
  private readonly db: DatabaseSync;

  constructor(path: string) {
    this.db = openSqliteFile(path);
    this.db.exec(`
      create table if not exists thread_messages (message_id text primary key, ticket_id text not null, position integer not null);
      create index if not exists thread_messages_ticket on thread_messages (ticket_id, position);
      create table if not exists inbound (message_key text primary key, outcome text not null, ticket_id text, at integer not null);
      create table if not exists deliveries (
        ticket_message_id text primary key, ticket_id text not null, state text not null,
        attempts integer not null, email_message_id text, updated_at integer not null
      );
    `);
  }

  async ticketOf(messageIds: readonly string[]): Promise<string | undefined> {
    const find = this.db.prepare('select ticket_id from thread_messages where message_id = ?');
    for (const id of messageIds) {
      const row = find.get(id) as { ticket_id: string } | undefined;
      if (row) return row.ticket_id;
    }
    return undefined;
  }

  async threadOf(ticketId: string): Promise<string[]> {
    const rows = this.db.prepare('select message_id from thread_messages where ticket_id = ? order by position').all(ticketId) as { message_id: string }[];
    return rows.map((row) => row.message_id);
  }

  async link(messageId: string, ticketId: string): Promise<void> {
    this.db
      .prepare('insert or ignore into thread_messages (message_id, ticket_id, position) values (?, ?, (select coalesce(max(position), 0) + 1 from thread_messages))')
      .run(messageId, ticketId);
  }

  async inboundOutcome(messageKey: string): Promise<InboundOutcome | undefined> {
    const row = this.db.prepare('select outcome from inbound where message_key = ?').get(messageKey) as { outcome: InboundOutcome } | undefined;
    return row?.outcome;
  }

  async recordInbound(messageKey: string, outcome: InboundOutcome, ticketId: string | null): Promise<void> {
    this.db.prepare('insert or replace into inbound (message_key, outcome, ticket_id, at) values (?, ?, ?, ?)').run(messageKey, outcome, ticketId, Date.now());
  }

  async delivery(ticketMessageId: string): Promise<EmailDelivery | undefined> {
    const row = this.db.prepare('select * from deliveries where ticket_message_id = ?').get(ticketMessageId) as
      | { ticket_message_id: string; state: DeliveryState; attempts: number; email_message_id: string | null; updated_at: number }
      | undefined;
    return row && { ticketMessageId: row.ticket_message_id, state: row.state, attempts: row.attempts, emailMessageId: row.email_message_id, updatedAt: new Date(row.updated_at) };
  }

  async deliveries(ticketMessageIds: readonly string[]): Promise<Map<string, EmailDelivery>> {
    const found = new Map<string, EmailDelivery>();
    for (const id of ticketMessageIds) {
      const delivery = await this.delivery(id);
      if (delivery) found.set(id, delivery);
    }
    return found;
  }

  async recordDelivery(ticketId: string, delivery: Omit<EmailDelivery, 'updatedAt'>): Promise<void> {
    this.db
      .prepare('insert or replace into deliveries (ticket_message_id, ticket_id, state, attempts, email_message_id, updated_at) values (?, ?, ?, ?, ?, ?)')
      .run(delivery.ticketMessageId, ticketId, delivery.state, delivery.attempts, delivery.emailMessageId, Date.now());
  }

  async forgetTickets(ticketIds: readonly string[]): Promise<number> {
    let forgotten = 0;
    for (const table of ['thread_messages', 'inbound', 'deliveries']) {
      const forget = this.db.prepare(`delete from ${table} where ticket_id = ?`);
      for (const id of ticketIds) forgotten += Number(forget.run(id).changes);
    }
    return forgotten;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
