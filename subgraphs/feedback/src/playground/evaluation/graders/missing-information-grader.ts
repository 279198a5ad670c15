import type { Grader } from './grader.js';

export const missingInformationGrader: Grader = {
  name: 'missing-information',
  judges: 'Whether the missing-information check asked for exactly the expected items (overlap of the two sets; 1 when both are empty).',
  cannotJudge: 'How the question to the customer is worded; items without expected missing items.',
  grade(item, output) {
    if (item.expectedMissing === undefined) return undefined;
    const expected = new Set(item.expectedMissing);
    const found = new Set(output.missing ?? []);
    const union = new Set([...expected, ...found]);
    if (union.size === 0) return { score: 1, note: 'nothing missing, as expected' };
    const both = [...expected].filter((key) => found.has(key)).length;
    return { score: both / union.size, note: `asked for ${[...found].join(', ') || 'nothing'}; expected ${[...expected].join(', ') || 'nothing'}` };
  },
};
