import type { Grader } from './grader.js';

export const languageMatchGrader: Grader = {
  name: 'language',
  judges: "Whether the reply is written in the customer's language (the language the drafting agent framed it in).",
  cannotJudge: 'Mixed-language replies (an article quoted in another language counts as the framing language); items without a language.',
  grade(item, output) {
    if (!item.language) return undefined;
    const right = output.language === item.language;
    return { score: right ? 1 : 0, note: right ? item.language : `replied in ${output.language}, customer wrote ${item.language}` };
  },
};
