import type { DatabaseSync } from 'node:sqlite';
import { openSqliteFile } from '@support-graph/runtime';
import type { SlaPolicy, TeamCalendar } from '../../sla-records.js';
import type { SlaStore } from '../sla-store.js';

/** A notice claimed once is not sent again for this long (a ticket's deadlines move on well before); as on Redis. */
const NOTICE_KEEP_MS = 30 * 86_400_000;

/** The embedded mode's policies, calendars and sent notices: one SQLite file under DATA_DIR. */
export class SqliteSlaStore implements SlaStore {
  private readonly db: DatabaseSync;

  constructor(path: string) {
    this.db = openSqliteFile(path);
    this.db.exec(`
      create table if not exists policies (id text primary key, policy text not null);
      create table if not exists calendars (team_id text primary key, calendar text not null);
      create table if not exists notices (key text primary key, claimed_at integer not null);
      create index if not exists notices_claimed_at on notices (claimed_at);
    `);
  }

  async savePolicy(policy: SlaPolicy): Promise<void> {
    this.db.prepare('insert or replace into policies (id, policy) values (?, ?)').run(policy.id, JSON.stringify(policy));
  }

  async policies(): Promise<SlaPolicy[]> {
    return (this.db.prepare('select policy from policies order by id').all() as { policy: string }[]).map((row) => JSON.parse(row.policy) as SlaPolicy);
  }

  async saveCalendar(calendar: TeamCalendar): Promise<void> {
    this.db.prepare('insert or replace into calendars (team_id, calendar) values (?, ?)').run(calendar.teamId, JSON.stringify(calendar));
  }

  async calendar(teamId: string): Promise<TeamCalendar | null> {
    const row = this.db.prepare('select calendar from calendars where team_id = ?').get(teamId) as { calendar: string } | undefined;
    return row ? (JSON.parse(row.calendar) as TeamCalendar) : null;
  }

  async claimNotice(key: string): Promise<boolean> {
    const now = Date.now();
    this.db.prepare('delete from notices where claimed_at < ?').run(now - NOTICE_KEEP_MS);
    // The primary key makes the insert the claim: only one caller's row goes in.
    return Number(this.db.prepare('insert or ignore into notices (key, claimed_at) values (?, ?)').run(key, now).changes) === 1;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
