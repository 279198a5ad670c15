import { supportedShare } from '@support-graph/support-agents';
import type { Grader } from './grader.js';
import { replySentences } from './reply-sentences.js';

/*
 * A sentence makes a claim a customer could hold us to when it has a number (an amount, a delay, a
 * date) or a commitment or policy word. Courtesy sentences ("Thank you for getting in touch") make
 * none, so a greeting can never be "unfaithful"; a promise in a template ("We refund you within 24
 * hours") is judged like any other sentence.
 */
const CLAIM =
  /\d|\b(?:guarantee\w*|promis\w*|refund\w*|compensat\w*|free of charge|for free|always|never|immediately|instantly|within|full|waive\w*|garantiz\w*|reembols\w*|gratis|siempre|nunca|inmediat\w*|garanti\w*|rembours\w*|gratuit\w*|toujours|jamais|immédiat\w*|erstatt\w*|kostenlos|immer|niemals|sofort|rimbors\w*|gratuit\w*|sempre|reembols\w*|terugbetal\w*|gratis|altijd|direct|zwrot\w*|bezpłatn\w*|zawsze|natychmiast)\b/iu;

export const faithfulnessGrader: Grader = {
  name: 'faithfulness',
  judges:
    'Whether every sentence of the reply that makes a claim (a number, an amount, a delay, a promise, a policy word) is supported by a cited passage: most of its content words appear in the passages the reply cites.',
  cannotJudge:
    'Claims phrased without numbers or policy words; a sentence built from a passage\'s words that still misstates it (word overlap, not meaning); whether the cited passage is itself right.',
  grade(_item, output) {
    const claims = replySentences(output.reply).filter((sentence) => CLAIM.test(sentence));
    if (claims.length === 0) return { score: 1, note: 'no claims to check' };
    const unsupported = claims.filter((claim) => supportedShare(claim, output.citedPassages) < 1);
    const score = (claims.length - unsupported.length) / claims.length;
    return {
      score,
      note: unsupported.length === 0 ? `${claims.length} claim(s), all supported` : `unsupported: ${unsupported.map((s) => `"${s}"`).join(' ')}`,
    };
  },
};
