/** The dimensions every figure can be filtered and grouped by, besides the day. */
export const DIMENSIONS = ['team', 'category', 'channel', 'language', 'mode'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type CellCoordinates = { readonly day: string } & Readonly<Record<Dimension, string>>;

/** Help-page visits and article votes belong to no ticket: their cells carry this channel and empty team and category. */
export const HELP_PAGE_CHANNEL = 'HELP_PAGE';
/** A dimension not known (yet) for a ticket, e.g. before triage ran. */
export const UNKNOWN = 'unknown';

export function cellId(coordinates: CellCoordinates): string {
  return [coordinates.day, ...DIMENSIONS.map((dimension) => coordinates[dimension])].join('|');
}

/** `YYYY-MM-DD` in UTC. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
