import type { SlaPolicy, TeamCalendar } from '../sla-records.js';

/** SLA policies, team calendars, and which warnings were sent. Adapters: SQLite (the embedded mode) and Redis. */
export interface SlaStore {
  savePolicy(policy: SlaPolicy): Promise<void>;
  policies(): Promise<SlaPolicy[]>;
  saveCalendar(calendar: TeamCalendar): Promise<void>;
  calendar(teamId: string): Promise<TeamCalendar | null>;
  /** True for the first caller only (of every replica): that one sends the notice. */
  claimNotice(key: string): Promise<boolean>;
  close(): Promise<void>;
}
