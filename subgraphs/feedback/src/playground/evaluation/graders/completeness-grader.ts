import { contentTerms } from '@support-graph/support-agents';
import type { Grader } from './grader.js';

export const completenessGrader: Grader = {
  name: 'completeness',
  judges: "Share of the reference answer's content words (stemmed) that the reply also contains: did it say what the reference says.",
  cannotJudge: 'Paraphrases and synonyms (they count as missing); whether extra content is right; items without a reference answer.',
  grade(item, output) {
    if (!item.reference) return undefined;
    const wanted = contentTerms(item.reference);
    if (wanted.size === 0) return undefined;
    const said = contentTerms(output.reply);
    const missing = [...wanted].filter((term) => !said.has(term));
    return {
      score: (wanted.size - missing.length) / wanted.size,
      note: missing.length === 0 ? 'covers the reference' : `missing ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? '…' : ''}`,
    };
  },
};
