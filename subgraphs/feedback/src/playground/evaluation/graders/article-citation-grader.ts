import type { Grader } from './grader.js';

export const articleCitationGrader: Grader = {
  name: 'citation',
  judges: 'Whether the reply cites the expected help article, and only it; for an item no article answers, whether the reply cites nothing.',
  cannotJudge: 'Whether another article would answer as well; items without an expected article.',
  grade(item, output) {
    if (item.expectedArticle === undefined) return undefined;
    const cited = output.citedArticles;
    if (item.expectedArticle === null) {
      return cited.length === 0 ? { score: 1, note: 'no article, as expected' } : { score: 0, note: `cited ${cited.join(', ')} where no article answers` };
    }
    if (!cited.includes(item.expectedArticle)) return { score: 0, note: `cited ${cited.join(', ') || 'nothing'}, expected ${item.expectedArticle}` };
    // Citing extra articles mixes answers: half marks.
    return cited.length === 1 ? { score: 1, note: 'expected article' } : { score: 0.5, note: `expected article among ${cited.join(', ')}` };
  },
};
