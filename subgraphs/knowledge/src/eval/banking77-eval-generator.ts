import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readLabelledCsv, type LabelledExample } from './labelled-csv.js';
import { seededRandom, shuffled } from '@support-graph/runtime';

export interface Banking77EvalOptions {
  trainCsv: string;
  outDir: string;
  seed: number;
  /** Share of each category's examples held out as queries; the rest are written into its article. */
  holdout: number;
}

export const DEFAULT_BANKING77_EVAL: Banking77EvalOptions = {
  trainCsv: fileURLToPath(new URL('../../../../datasets/banking77/train.csv', import.meta.url)),
  outDir: 'data/eval',
  seed: 77,
  holdout: 0.2,
};

export interface Banking77EvalFiles {
  articlesPath: string;
  queriesPath: string;
  articles: number;
  queries: number;
}

/**
 * One article per banking77 category, written from most of its examples (as the "questions
 * customers ask" section a support writer would collect), and one query per held-out example.
 * Deterministic for a given seed.
 */
export function generateBanking77Eval(options: Banking77EvalOptions): Banking77EvalFiles {
  const byCategory = new Map<string, LabelledExample[]>();
  for (const example of readLabelledCsv(options.trainCsv)) {
    const list = byCategory.get(example.category) ?? [];
    list.push(example);
    byCategory.set(example.category, list);
  }
  const random = seededRandom(options.seed);
  const articleLines: string[] = [];
  const queryLines: string[] = [];
  for (const category of [...byCategory.keys()].sort()) {
    const examples = shuffled(byCategory.get(category)!, random);
    const heldOut = Math.max(1, Math.round(examples.length * options.holdout));
    const id = `banking77-${category}`;
    const title = humanise(category);
    const asked = examples.slice(heldOut).map((e) => `- ${e.text}`);
    const body = `# ${title}\n\nCustomers ask about this in many ways:\n\n${asked.join('\n')}\n`;
    articleLines.push(JSON.stringify({ id, title, body, tags: [category] }));
    for (const example of examples.slice(0, heldOut)) queryLines.push(JSON.stringify({ query: example.text, relevant: [id] }));
  }
  mkdirSync(options.outDir, { recursive: true });
  const articlesPath = join(options.outDir, 'banking77-articles.jsonl');
  const queriesPath = join(options.outDir, 'banking77-queries.jsonl');
  writeFileSync(articlesPath, `${articleLines.join('\n')}\n`);
  writeFileSync(queriesPath, `${queryLines.join('\n')}\n`);
  return { articlesPath, queriesPath, articles: articleLines.length, queries: queryLines.length };
}

function humanise(category: string): string {
  const spaced = category.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      train: { type: 'string', default: DEFAULT_BANKING77_EVAL.trainCsv },
      out: { type: 'string', default: DEFAULT_BANKING77_EVAL.outDir },
      seed: { type: 'string', default: String(DEFAULT_BANKING77_EVAL.seed) },
      holdout: { type: 'string', default: String(DEFAULT_BANKING77_EVAL.holdout) },
    },
  });
  const files = generateBanking77Eval({ trainCsv: values.train, outDir: values.out, seed: Number(values.seed), holdout: Number(values.holdout) });
  process.stdout.write(`${JSON.stringify(files)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
