import { createSentimentAgent } from '../agents/sentiment/sentiment-agent.js';
import { accuracy, macroF1 } from './classification-metrics.js';
import { perSplit, readEvalTsv, splitOf } from './agent-eval-sets.js';
import { evalContext, evalTicket } from './eval-agent-context.js';
import { round } from './evaluate-language.js';

interface SentimentExample {
  readonly text: string;
  readonly label: string;
}

/** Macro-F1 and accuracy of the sentiment label over positive / neutral / negative. */
export async function evaluateSentiment(options: { showErrors?: boolean } = {}) {
  const examples: SentimentExample[] = readEvalTsv('sentiment.tsv').map((row) => ({ text: row.text!, label: row.label! }));
  const agent = createSentimentAgent();
  const answers = new Map<string, string>();
  for (const example of examples) answers.set(example.text, (await agent.run(evalContext(evalTicket(example.text)))).result.label);
  return {
    suite: 'sentiment',
    ...(await perSplit(examples, async (subset) => {
      const actual = subset.map((e) => e.label);
      const predicted = subset.map((e) => answers.get(e.text)!);
      return { examples: subset.length, macro_f1: round(macroF1(actual, predicted)), accuracy: round(accuracy(actual, predicted)) };
    })),
    ...(options.showErrors
      ? { dev_errors: examples.filter((e) => splitOf(e.text) === 'dev' && answers.get(e.text) !== e.label).map((e) => `${e.label} → ${answers.get(e.text)}: ${e.text}`) }
      : {}),
  };
}
