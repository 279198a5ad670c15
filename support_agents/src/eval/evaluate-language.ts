import { createLanguageAgent } from '../agents/language/language-agent.js';
import { accuracy } from './classification-metrics.js';
import { perSplit, readEvalTsv, splitOf } from './agent-eval-sets.js';
import { evalContext, evalTicket } from './eval-agent-context.js';

interface LanguageExample {
  readonly text: string;
  readonly language: string;
}

/** Accuracy overall and per language, and the examples answered wrongly (dev split only: the test split stays unread). */
export async function evaluateLanguage(options: { showErrors?: boolean } = {}) {
  const examples: LanguageExample[] = readEvalTsv('language.tsv').map((row) => ({ text: row.text!, language: row.language! }));
  const agent = createLanguageAgent();
  const answers = new Map<string, { language: string; confidence: number }>();
  for (const example of examples) answers.set(example.text, (await agent.run(evalContext(evalTicket(example.text)))).result);
  const report = perSplit(examples, async (subset) => {
    const predicted = subset.map((e) => answers.get(e.text)!.language);
    const perLanguage: Record<string, number> = {};
    for (const language of new Set(subset.map((e) => e.language))) {
      const own = subset.flatMap((e, i) => (e.language === language ? [i] : []));
      perLanguage[language] = round(own.filter((i) => predicted[i] === language).length / own.length);
    }
    return { examples: subset.length, accuracy: round(accuracy(subset.map((e) => e.language), predicted)), per_language: perLanguage };
  });
  const devErrors = examples
    .filter((e) => splitOf(e.text) === 'dev' && answers.get(e.text)!.language !== e.language)
    .map((e) => `${e.language} → ${answers.get(e.text)!.language} (${answers.get(e.text)!.confidence}): ${e.text}`);
  return {
    suite: 'language',
    languages: new Set(examples.map((e) => e.language)).size,
    ...(await report),
    ...(options.showErrors ? { dev_errors: devErrors } : {}),
  };
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
