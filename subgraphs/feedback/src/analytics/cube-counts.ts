/** The counters one cube cell sums; a ticket or a help-page visit contributes to one cell. */
export const COUNTERS = [
  'tickets',
  'resolved',
  'reopened',
  'aiResolved',
  'aiMode',
  'csatResponses',
  'csatSum',
  'csatSatisfied',
  'slaEligible',
  'slaMet',
  'draftsAsIs',
  'draftsEdited',
  'draftsDiscarded',
  'editDistanceSum',
  'triageReviewed',
  'triageCorrected',
  'thumbsUp',
  'thumbsDown',
  'tokens',
  'costUsd',
  'helpSessions',
  'deflections',
  'articleHelpful',
  'articleNotHelpful',
] as const;
export type Counter = (typeof COUNTERS)[number];

/**
 * Durations are kept as histograms with geometric bins (each 20 % wider than the last, from one
 * second), so medians and p90s add up across cells without keeping every ticket: the estimate is
 * the bin's geometric middle, within ±10 % of the true value.
 */
export const HISTOGRAM_BINS = 96;
const GROWTH = 1.2;

export function durationBin(ms: number): number {
  const seconds = Math.max(ms / 1000, 1);
  return Math.min(HISTOGRAM_BINS - 1, Math.floor(Math.log(seconds) / Math.log(GROWTH)));
}

/** The geometric middle of a bin, in milliseconds. */
export function binMiddleMs(bin: number): number {
  return 1000 * GROWTH ** (bin + 0.5);
}

/** What a cell holds: counters and the first-response and resolution histograms (sparse: bin → count). */
export interface CubeCounts {
  readonly counters: Record<Counter, number>;
  readonly firstResponse: Record<number, number>;
  readonly resolution: Record<number, number>;
}

export function emptyCounts(): CubeCounts {
  return { counters: Object.fromEntries(COUNTERS.map((name) => [name, 0])) as Record<Counter, number>, firstResponse: {}, resolution: {} };
}

function addHistogram(into: Record<number, number>, from: Readonly<Record<number, number>>, sign: number): void {
  for (const [bin, count] of Object.entries(from)) {
    const next = (into[Number(bin)] ?? 0) + sign * count;
    if (next === 0) delete into[Number(bin)];
    else into[Number(bin)] = next;
  }
}

/** Adds `from` (times `sign`, 1 or -1) into `into`. */
export function addCounts(into: CubeCounts, from: CubeCounts, sign = 1): void {
  for (const name of COUNTERS) into.counters[name] += sign * from.counters[name];
  addHistogram(into.firstResponse, from.firstResponse, sign);
  addHistogram(into.resolution, from.resolution, sign);
}

/** The value below which `fraction` of the histogram's entries lie; null when it is empty. */
export function histogramQuantileMs(histogram: Readonly<Record<number, number>>, fraction: number): number | null {
  const bins = Object.entries(histogram)
    .map(([bin, count]) => [Number(bin), count] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = bins.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const rank = fraction * total;
  let seen = 0;
  for (const [bin, count] of bins) {
    seen += count;
    if (seen >= rank) return binMiddleMs(bin);
  }
  return binMiddleMs(bins[bins.length - 1]![0]);
}

export function serializeCounts(counts: CubeCounts): string {
  return JSON.stringify(counts);
}

export function parseCounts(text: string): CubeCounts {
  const parsed = JSON.parse(text) as Partial<CubeCounts>;
  const counts = emptyCounts();
  for (const name of COUNTERS) counts.counters[name] = Number(parsed.counters?.[name] ?? 0);
  Object.assign(counts.firstResponse, parsed.firstResponse ?? {});
  Object.assign(counts.resolution, parsed.resolution ?? {});
  return counts;
}
