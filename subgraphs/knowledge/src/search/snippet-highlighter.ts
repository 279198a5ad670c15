import { lightStem } from '../text/light-stemmer.js';
import { searchTerms } from '../text/tokenizer.js';

export interface SnippetOptions {
  /** Characters of context in the snippet. Default 240. */
  maxChars?: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * The window of the chunk with the most query-term matches, HTML-escaped, matches wrapped in
 * <mark>. Matching is by stem, so "refunds" in the query marks "refunded" in the text.
 */
export function highlightSnippet(text: string, query: string, options: SnippetOptions = {}): string {
  const maxChars = options.maxChars ?? 240;
  const wanted = new Set(searchTerms(query));
  const plain = text.replace(/\s+/g, ' ').trim();
  const matches: Array<{ start: number; end: number }> = [];
  for (const match of plain.matchAll(WORD)) {
    const stem = lightStem(match[0].toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/['’]/g, ''));
    if (wanted.has(stem)) matches.push({ start: match.index, end: match.index + match[0].length });
  }
  const start = bestWindowStart(matches, plain, maxChars);
  const end = Math.min(plain.length, start + maxChars);
  let out = start > 0 ? '…' : '';
  let cursor = start;
  for (const match of matches) {
    if (match.start < start || match.end > end) continue;
    out += `${escapeHtml(plain.slice(cursor, match.start))}<mark>${escapeHtml(plain.slice(match.start, match.end))}</mark>`;
    cursor = match.end;
  }
  out += escapeHtml(plain.slice(cursor, end));
  return end < plain.length ? `${out}…` : out;
}

function bestWindowStart(matches: ReadonlyArray<{ start: number; end: number }>, plain: string, maxChars: number): number {
  let best = 0;
  let bestCount = 0;
  let right = 0;
  for (let left = 0; left < matches.length; left++) {
    while (right < matches.length && matches[right]!.end - matches[left]!.start <= maxChars) right++;
    if (right - left > bestCount) {
      bestCount = right - left;
      best = matches[left]!.start;
    }
  }
  if (bestCount === 0) return 0;
  // Start a little before the first match, at a word boundary, so the match has context.
  const lead = Math.min(Math.max(0, best - 40), Math.max(0, plain.length - maxChars));
  const space = plain.indexOf(' ', lead);
  return lead === 0 || space < 0 || space >= best ? Math.min(lead, best) : space + 1;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
