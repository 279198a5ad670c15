import { describe, expect, it } from '@jest/globals';
import { chunkMarkdown } from '../src/search/chunker.js';

describe('chunkMarkdown', () => {
  it('splits at headings and records the heading path, leaving a lead section without heading', () => {
    const chunks = chunkMarkdown('Intro line.\n\n# Refunds\nGeneral.\n## Card payments\nFive days.\n## Bank transfers\nTen days.\n# Fees\nNone.');
    expect(chunks.map(({ position, heading, text }) => [position, heading, text])).toEqual([
      [0, '', 'Intro line.'],
      [1, 'Refunds', 'General.'],
      [2, 'Refunds › Card payments', 'Five days.'],
      [3, 'Refunds › Bank transfers', 'Ten days.'],
      [4, 'Fees', 'None.'],
    ]);
  });

  it('ignores heading-like lines inside code fences and skips empty sections', () => {
    const chunks = chunkMarkdown('# Setup\n```sh\n# not a heading\nnpm start\n```\n# Empty\n\n# Done\nOK');
    expect(chunks.map((c) => c.heading)).toEqual(['Setup', 'Done']);
    expect(chunks[0]!.text).toContain('# not a heading');
  });

  it('windows long sections with overlap so no line is lost at a window edge', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `Line ${i} says something about refunds.`);
    const chunks = chunkMarkdown(lines.join('\n'), { maxChars: 300, overlapChars: 80 });
    expect(chunks.length).toBeGreaterThan(4);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(300);
    for (const line of lines) expect(chunks.some((c) => c.text.split('\n').includes(line))).toBe(true);
    // Consecutive windows share their boundary line.
    const lastOfFirst = chunks[0]!.text.split('\n').at(-1)!;
    expect(chunks[1]!.text.split('\n')).toContain(lastOfFirst);
  });

  it('cuts a paragraph longer than a window at sentence ends, hard-cutting a sentence that is itself too long, losing nothing', () => {
    const paragraph = 'Refunds take five days. '.repeat(30) + 'x'.repeat(700);
    const chunks = chunkMarkdown(paragraph, { maxChars: 200, overlapChars: 0 });
    const overlapping = chunkMarkdown(paragraph, { maxChars: 200, overlapChars: 60 });
    expect(overlapping.every((c) => c.text.length <= 200)).toBe(true);
    expect(chunks.every((c) => c.text.length <= 200)).toBe(true);
    expect(chunks[0]!.text.endsWith('five days.')).toBe(true);
    expect(chunks.map((c) => c.text).join('').replace(/\s+/g, '')).toBe(paragraph.replace(/\s+/g, ''));
  });

  it('returns nothing for blank input and normalises Windows line ends', () => {
    expect(chunkMarkdown('  \n\n ')).toEqual([]);
    expect(chunkMarkdown('# A\r\nbody\r\n')).toEqual([{ position: 0, heading: 'A', text: 'body' }]);
  });
});
