/**
 * What text a person may put into the platform. Control characters (NUL and the other C0/C1
 * codes but tab and line breaks) break stores and terminals; bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) make text display as something else than it is (a "Trojan source"
 * subject); lone surrogates are not text at all. Lengths count what a person sees — grapheme
 * clusters — so an emoji or an accented letter counts once.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters as a person sees them (grapheme clusters). */
export function graphemeLength(value: string): number {
  let count = 0;
  for (const _segment of graphemes.segment(value)) count += 1;
  return count;
}

/** Whether a value is longer than `max` as a person counts, without segmenting short values. */
export function exceedsLength(value: string, max: number): boolean {
  // A grapheme is at least one UTF-16 code unit, so a value this short cannot exceed max.
  return value.length > max && graphemeLength(value) > max;
}

/** Why a value is not acceptable text, for an error message naming the field; undefined when it is. */
export function textProblem(value: string): string | undefined {
  if (LONE_SURROGATE.test(value)) return 'is not valid Unicode text';
  if (CONTROL.test(value)) return 'must not contain control characters';
  if (BIDI_OVERRIDE.test(value)) return 'must not contain bidirectional override characters';
  return undefined;
}
