import { createMissingInformationAgent } from '../agents/missing-information/missing-information-agent.js';
import { perSplit, readEvalTsv, splitOf } from './agent-eval-sets.js';
import { evalContext, evalTicket } from './eval-agent-context.js';
import { round } from './evaluate-language.js';

interface MissingExample {
  readonly text: string;
  readonly category: string;
  /** Keys of the items the ticket lacks, sorted. */
  readonly missing: string;
}

/** Share of tickets whose set of missing items is exactly right, plus item-level false positives and negatives. */
export async function evaluateMissingInformation(options: { showErrors?: boolean } = {}) {
  const examples: MissingExample[] = readEvalTsv('missing-information.tsv').map((row) => ({
    text: row.text!,
    category: row.category!,
    missing: row.missing === '-' ? '' : row.missing!.split(',').sort().join(','),
  }));
  const agent = createMissingInformationAgent();
  const answers = new Map<string, string>();
  for (const example of examples) {
    const output = await agent.run(evalContext(evalTicket(example.text, { tags: [example.category] })));
    answers.set(example.text, output.result.missing.map((item) => item.key).sort().join(','));
  }
  return {
    suite: 'missing',
    ...(await perSplit(examples, async (subset) => {
      let falselyAsked = 0;
      let overlooked = 0;
      for (const example of subset) {
        const expected = new Set(example.missing.split(',').filter(Boolean));
        const got = new Set(answers.get(example.text)!.split(',').filter(Boolean));
        falselyAsked += [...got].filter((key) => !expected.has(key)).length;
        overlooked += [...expected].filter((key) => !got.has(key)).length;
      }
      const exact = subset.filter((e) => answers.get(e.text) === e.missing).length;
      return { tickets: subset.length, exactly_right: round(exact / subset.length), asked_needlessly: falselyAsked, overlooked };
    })),
    ...(options.showErrors
      ? { dev_errors: examples.filter((e) => splitOf(e.text) === 'dev' && answers.get(e.text) !== e.missing).map((e) => `${e.category} [${e.missing}] → [${answers.get(e.text)}]: ${e.text}`) }
      : {}),
  };
}
