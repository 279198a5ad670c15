import type { SlaPolicy, TeamCalendar } from '../../sla-records.js';
import type { SlaStore } from '../sla-store.js';

export class MemorySlaStore implements SlaStore {
  private readonly policiesById = new Map<string, SlaPolicy>();
  private readonly calendars = new Map<string, TeamCalendar>();
  private readonly notices = new Set<string>();

  async savePolicy(policy: SlaPolicy): Promise<void> {
    this.policiesById.set(policy.id, policy);
  }

  async policies(): Promise<SlaPolicy[]> {
    return [...this.policiesById.values()];
  }

  async saveCalendar(calendar: TeamCalendar): Promise<void> {
    this.calendars.set(calendar.teamId, calendar);
  }

  async calendar(teamId: string): Promise<TeamCalendar | null> {
    return this.calendars.get(teamId) ?? null;
  }

  async claimNotice(key: string): Promise<boolean> {
    if (this.notices.has(key)) return false;
    this.notices.add(key);
    return true;
  }

  async close(): Promise<void> {}
}
