export interface ChunkerOptions {
  /** Longest chunk body in characters before a section is split. Default 1200. */
  maxChars?: number;
  /** Characters of the previous window repeated at the start of the next one. Default 200. */
  overlapChars?: number;
}

export interface MarkdownChunk {
  position: number;
  /** Heading path, e.g. "Refunds › Card payments"; empty before the first heading. */
  heading: string;
  text: string;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * Splits Markdown into sections at headings (outside code fences), then splits long sections
 * into windows on line boundaries with overlap, so a sentence cut at a window edge is still
 * whole in one of the two windows.
 */
export function chunkMarkdown(markdown: string, options: ChunkerOptions = {}): MarkdownChunk[] {
  const maxChars = options.maxChars ?? 1200;
  const overlapChars = options.overlapChars ?? 200;
  const chunks: MarkdownChunk[] = [];
  for (const section of sections(markdown)) {
    for (const text of windows(section.lines, maxChars, overlapChars)) {
      chunks.push({ position: chunks.length, heading: section.heading, text });
    }
  }
  return chunks;
}

function sections(markdown: string): Array<{ heading: string; lines: string[] }> {
  const result: Array<{ heading: string; lines: string[] }> = [];
  const path: string[] = [];
  let current = { heading: '', lines: [] as string[] };
  let inFence = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(line);
    if (match) {
      if (current.lines.some((l) => l.trim() !== '')) result.push(current);
      const level = match[1]!.length;
      path.length = Math.min(path.length, level - 1);
      path[level - 1] = match[2]!;
      current = { heading: path.filter(Boolean).join(' › '), lines: [] };
    } else {
      current.lines.push(line);
    }
  }
  if (current.lines.some((l) => l.trim() !== '')) result.push(current);
  return result;
}

function windows(lines: readonly string[], maxChars: number, overlapChars: number): string[] {
  const pieces = lines.flatMap((line) => splitLongLine(line, maxChars));
  const result: string[] = [];
  let window: string[] = [];
  let size = 0;
  // Whether the window holds text not yet emitted: after a cut it holds only the overlap, and a
  // final window of nothing but overlap would repeat the previous one. (Comparing text instead
  // dropped genuinely new text that happened to equal the previous window's ending.)
  let fresh = false;
  for (const piece of pieces) {
    if (size + piece.length > maxChars && fresh && window.some((l) => l.trim() !== '')) {
      result.push(window.join('\n').trim());
      window = tail(window, overlapChars);
      size = window.reduce((sum, l) => sum + l.length + 1, 0);
      fresh = false;
    }
    // Overlap that does not fit beside the next piece is dropped rather than overfilling the window.
    if (!fresh && size + piece.length > maxChars) (window = []), (size = 0);
    window.push(piece);
    size += piece.length + 1;
    if (piece.trim() !== '') fresh = true;
  }
  const last = window.join('\n').trim();
  if (last !== '' && fresh) result.push(last);
  return result;
}

/** The last lines of a window that fit in the overlap budget. */
function tail(window: readonly string[], overlapChars: number): string[] {
  const kept: string[] = [];
  let size = 0;
  for (let i = window.length - 1; i >= 0; i--) {
    const line = window[i]!;
    if (size + line.length > overlapChars) break;
    kept.unshift(line);
    size += line.length + 1;
  }
  return kept;
}

/** A paragraph longer than a window is cut at sentence ends, then hard-cut as a last resort. */
function splitLongLine(line: string, maxChars: number): string[] {
  if (line.length <= maxChars) return [line];
  const sentences = line.match(/[^.!?]+[.!?]*\s*/g) ?? [line];
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current.length + sentence.length > maxChars && current !== '') {
      out.push(current);
      current = '';
    }
    current += sentence;
    while (current.length > maxChars) {
      out.push(current.slice(0, maxChars));
      current = current.slice(maxChars);
    }
  }
  if (current !== '') out.push(current);
  return out;
}
