/**
 * When a team works: open days and hours at a fixed UTC offset, and holidays. SLA clocks only run
 * while the team is open. No calendar: always open (24/7).
 */
export interface BusinessCalendar {
  /** Minutes east of UTC of the team's local time, e.g. 60 for CET. */
  readonly utcOffsetMinutes: number;
  /** Local weekdays the team works, 0 = Sunday. */
  readonly openDays: readonly number[];
  /** Local minutes after midnight. */
  readonly opensAt: number;
  readonly closesAt: number;
  /** Local dates, `YYYY-MM-DD`, the team does not work. */
  readonly holidays: readonly string[];
}

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;
/** A calendar with no open minute would never reach a deadline: give up after a year. */
const HORIZON_DAYS = 366;

/** The open intervals of the local day that contains `at`, as UTC epoch ms. */
function openIntervalOfDay(calendar: BusinessCalendar, dayStartUtc: number): [number, number] | null {
  const local = new Date(dayStartUtc + calendar.utcOffsetMinutes * MINUTE);
  const date = local.toISOString().slice(0, 10);
  if (!calendar.openDays.includes(local.getUTCDay()) || calendar.holidays.includes(date)) return null;
  return [dayStartUtc + calendar.opensAt * MINUTE, dayStartUtc + calendar.closesAt * MINUTE];
}

/** UTC epoch ms of the start of the local day containing `at`. */
function localDayStart(calendar: BusinessCalendar, at: number): number {
  const offset = calendar.utcOffsetMinutes * MINUTE;
  return Math.floor((at + offset) / DAY) * DAY - offset;
}

/** The instant `durationMs` of open time after `from`. */
export function addBusinessTime(calendar: BusinessCalendar | null, from: Date, durationMs: number): Date {
  if (!calendar) return new Date(from.getTime() + durationMs);
  let remaining = durationMs;
  let cursor = from.getTime();
  for (let day = 0; day < HORIZON_DAYS; day += 1) {
    const dayStart = localDayStart(calendar, cursor);
    const open = openIntervalOfDay(calendar, dayStart);
    if (open) {
      const start = Math.max(cursor, open[0]);
      if (start < open[1]) {
        if (start + remaining <= open[1]) return new Date(start + remaining);
        remaining -= open[1] - start;
      }
    }
    cursor = dayStart + DAY;
  }
  throw new Error('the calendar has no open time within a year');
}

/** Open time between two instants. */
export function businessTimeBetween(calendar: BusinessCalendar | null, from: Date, to: Date): number {
  if (to <= from) return 0;
  if (!calendar) return to.getTime() - from.getTime();
  let total = 0;
  let cursor = from.getTime();
  while (cursor < to.getTime()) {
    const dayStart = localDayStart(calendar, cursor);
    const open = openIntervalOfDay(calendar, dayStart);
    if (open) total += Math.max(0, Math.min(open[1], to.getTime()) - Math.max(cursor, open[0]));
    cursor = dayStart + DAY;
  }
  return total;
}
