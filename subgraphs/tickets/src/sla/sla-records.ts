import type { BusinessCalendar } from './business-calendar.js';

/**
 * Targets for the tickets a policy matches: a null criterion matches anything, and the policy
 * matching the most criteria wins. Minutes count open time of the team's calendar.
 */
export interface SlaPolicy {
  readonly id: string;
  readonly name: string;
  readonly priority: string | null;
  readonly tier: string | null;
  readonly category: string | null;
  readonly firstResponseMinutes: number;
  /** After a customer message the team has not answered yet. */
  readonly nextResponseMinutes: number;
  readonly resolutionMinutes: number;
}

export interface TeamCalendar extends BusinessCalendar {
  readonly teamId: string;
}
