import type { Grader } from './grader.js';

export const categoryAccuracyGrader: Grader = {
  name: 'category',
  judges: 'Whether triage put the ticket in the expected category.',
  cannotJudge: 'Whether a different category would also have been acceptable; items without an expected category.',
  grade(item, output) {
    if (item.expectedCategory === undefined) return undefined;
    const right = output.category === item.expectedCategory;
    return { score: right ? 1 : 0, note: right ? 'expected category' : `got ${output.category ?? 'none'}, expected ${item.expectedCategory}` };
  },
};
