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

/** Which duration a histogram holds. */
export type Histogram = 'firstResponse' | 'resolution';

const COUNTER_INDEX = Object.fromEntries(COUNTERS.map((name, index) => [name, index])) as Record<Counter, number>;
const HISTOGRAM_OFFSET: Record<Histogram, number> = { firstResponse: COUNTERS.length, resolution: COUNTERS.length + HISTOGRAM_BINS };
const SIZE = COUNTERS.length + 2 * HISTOGRAM_BINS;

/**
 * What a cell holds: the counters, then the first-response and the resolution histograms, in one
 * flat array, so adding up tens of thousands of cells per question is a tight numeric loop.
 */
export type CubeCounts = Float64Array;

export function emptyCounts(): CubeCounts {
  return new Float64Array(SIZE);
}

export function counterOf(counts: CubeCounts, name: Counter): number {
  return counts[COUNTER_INDEX[name]]!;
}

export function setCounter(counts: CubeCounts, name: Counter, value: number): void {
  counts[COUNTER_INDEX[name]] = value;
}

/** Counts one more duration of `ms` in the histogram. */
export function countDuration(counts: CubeCounts, histogram: Histogram, ms: number): void {
  counts[HISTOGRAM_OFFSET[histogram] + durationBin(ms)]! += 1;
}

/** Adds `from` (times `sign`, 1 or -1) into `into`. */
export function addCounts(into: CubeCounts, from: CubeCounts, sign = 1): void {
  for (let index = 0; index < SIZE; index += 1) into[index]! += sign * from[index]!;
}

/** The value below which `fraction` of the histogram's entries lie; null when it is empty. */
export function histogramQuantileMs(counts: CubeCounts, histogram: Histogram, fraction: number): number | null {
  const offset = HISTOGRAM_OFFSET[histogram];
  let total = 0;
  for (let bin = 0; bin < HISTOGRAM_BINS; bin += 1) total += counts[offset + bin]!;
  if (total <= 0) return null;
  const rank = fraction * total;
  let seen = 0;
  for (let bin = 0; bin < HISTOGRAM_BINS; bin += 1) {
    seen += counts[offset + bin]!;
    if (seen >= rank && counts[offset + bin]! > 0) return binMiddleMs(bin);
  }
  return binMiddleMs(HISTOGRAM_BINS - 1);
}

/** Stored form: named counters and sparse histograms (bin → count), readable and stable if counters are added. */
export function serializeCounts(counts: CubeCounts): string {
  const sparse = (histogram: Histogram) => {
    const offset = HISTOGRAM_OFFSET[histogram];
    const bins: Record<number, number> = {};
    for (let bin = 0; bin < HISTOGRAM_BINS; bin += 1) if (counts[offset + bin]) bins[bin] = counts[offset + bin]!;
    return bins;
  };
  return JSON.stringify({
    counters: Object.fromEntries(COUNTERS.map((name) => [name, counterOf(counts, name)])),
    firstResponse: sparse('firstResponse'),
    resolution: sparse('resolution'),
  });
}

export function parseCounts(text: string): CubeCounts {
  const parsed = JSON.parse(text) as { counters?: Partial<Record<Counter, number>>; firstResponse?: Record<string, number>; resolution?: Record<string, number> };
  const counts = emptyCounts();
  for (const name of COUNTERS) setCounter(counts, name, Number(parsed.counters?.[name] ?? 0));
  for (const histogram of ['firstResponse', 'resolution'] as const) {
    for (const [bin, count] of Object.entries(parsed[histogram] ?? {})) {
      if (Number(bin) >= 0 && Number(bin) < HISTOGRAM_BINS) counts[HISTOGRAM_OFFSET[histogram] + Number(bin)] = Number(count);
    }
  }
  return counts;
}
